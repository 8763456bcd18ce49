package org.osintkg.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.rdf.Iris;
import org.osintkg.server.LiveEndpoints;

/**
 * {@code POST /osint/ingest}: one article (text/plain, text/html) or many (application/x-ndjson, the
 * JSON Lines {@code ingest} reads) through the shared queue, answered once they are committed.
 * A body is named by the {@code name} parameter, else by its hash: its name is the report's identity
 * when the article carries no URL, so the same body posted twice is unchanged, not doubled.
 */
final class IngestEndpoint implements LiveEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> EXTENSIONS = Map.of("text/plain", ".txt", "text/html", ".html",
            "application/xhtml+xml", ".html", "application/x-ndjson", ".jsonl", "application/jsonl", ".jsonl",
            "application/json-lines", ".jsonl");
    /** Longest a request waits for its articles to be committed. */
    private static final long WAIT_SECONDS = 300;
    /**
     * Requests waiting for their commit at most: each holds a server thread, and queries need the
     * others (half of {@link org.osintkg.server.OsintServer#LIVE_THREADS}).
     */
    static final int MAX_REQUESTS = 64;

    private final java.util.concurrent.Semaphore requests = new java.util.concurrent.Semaphore(MAX_REQUESTS);

    private final ArticleReader reader;
    private final LiveIngest ingest;
    private final LiveStatus status;
    private final LiveStatus.Input input;

    IngestEndpoint(ArticleReader reader, LiveIngest ingest, LiveStatus status) {
        this.reader = reader;
        this.ingest = ingest;
        this.status = status;
        this.input = status.input("endpoint", "/osint/ingest");
    }

    @Override
    public Answer ingest(String name, String mediaType, byte[] body) throws InterruptedException {
        if (!requests.tryAcquire(2, TimeUnit.SECONDS)) {
            return error(503, "busy: " + MAX_REQUESTS + " ingest requests are waiting for their commit; try again shortly");
        }
        try {
            return admitted(name, mediaType, body);
        } finally {
            requests.release();
        }
    }

    private Answer admitted(String name, String mediaType, byte[] body) throws InterruptedException {
        String ext = mediaType == null ? null : EXTENSIONS.get(mediaType);
        if (ext == null) {
            return error(415, "unsupported content type " + mediaType + ": send text/plain, text/html or application/x-ndjson");
        }
        String base = name == null || name.isBlank() ? "post-" + Iris.sha256Bytes(body).substring(0, 16)
                : name.strip().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 100) base = base.substring(0, 100);
        String source = "post/" + (base.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? base : base + ext);
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader.parse(source, body, articles::add, failures::add);
        List<Outcome> outcomes;
        try {
            outcomes = ingest.submit(new Job(input, articles, failures, List.of())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return error(503, "not committed within " + WAIT_SECONDS + " s; it stays queued (status: /osint/status)");
        } catch (ExecutionException e) {
            return error(500, "ingest failed: " + e.getCause());
        }
        return answer(outcomes);
    }

    private static Answer answer(List<Outcome> outcomes) {
        ObjectNode out = JSON.createObjectNode();
        long[] n = new long[Outcome.Result.values().length];
        ArrayNode list = JSON.createArrayNode();
        for (Outcome o : outcomes) {
            n[o.result().ordinal()]++;
            ObjectNode a = list.addObject().put("source", o.source()).put("result", o.result().name().toLowerCase(java.util.Locale.ROOT));
            if (o.report() != null) a.put("report", o.report());
            if (o.reason() != null) a.put("reason", o.reason());
        }
        for (Outcome.Result r : Outcome.Result.values()) out.put(r.name().toLowerCase(java.util.Locale.ROOT), n[r.ordinal()]);
        out.set("articles", list);
        boolean stored = n[0] + n[1] + n[2] > 0;
        // Nothing stored and something refused: the client's input was at fault.
        return new Answer(stored || outcomes.isEmpty() ? 200 : 422, out.toPrettyString());
    }

    private static Answer error(int status, String reason) {
        return new Answer(status, JSON.createObjectNode().put("error", reason).toPrettyString());
    }

    @Override
    public String status() {
        return status.json();
    }
}
