package org.osintkg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.osintkg.rdf.Iris;
import org.osintkg.rdf.LiveVocab;
import org.osintkg.rdf.Vocab;

/**
 * What the live inputs remember, in the graph {@link LiveVocab#LIVE_GRAPH}: each watched file as it
 * was when its reports were stored (size, modification time, the reports), each feed's validators
 * (ETag, Last-Modified) and last poll, and each feed item seen. Marks are written by
 * {@link Store#putAll(List, List)} in the same transaction as the reports they record, so after a
 * crash the state says exactly what is stored.
 */
public final class LiveState {
    private LiveState() {}

    private static final Node GRAPH = NodeFactory.createURI(LiveVocab.LIVE_GRAPH);

    /** A change to the live state, committed with the reports it accounts for. */
    public sealed interface Mark permits FileSeen, FileGone, ItemSeen, FeedChecked {}

    /** A watched file read: its size and modification time, the reports it produced, or why it failed. */
    public record FileSeen(String path, long size, long modifiedMillis, List<String> reports, String failure) implements Mark {}

    /** A watched file gone; with {@code removeReports} its reports go too (those no other watched file produced). */
    public record FileGone(String path, boolean removeReports) implements Mark {}

    /** A feed item handled: the report it produced, or the reason it failed for good. */
    public record ItemSeen(String feedUrl, String itemId, String report, String failure) implements Mark {}

    /** A feed polled: the validators for the next conditional GET (null when the server sent none). */
    public record FeedChecked(String feedUrl, String etag, String lastModified, Instant at) implements Mark {}

    /** A watched file as last stored. */
    public record FileRecord(String path, long size, long modifiedMillis, List<String> reports, String failure) {}

    /** A feed as stored: validators, last poll, the item ids seen, how many produced a report, the failure reasons. */
    public record FeedRecord(String url, String etag, String lastModified, Instant lastPoll, Set<String> seen, int ingested,
                             List<String> failures) {}

    static Node file(String path) {
        return NodeFactory.createURI(Vocab.ID + "live/file/" + Iris.sha256(path).substring(0, 16));
    }

    static Node feed(String url) {
        return NodeFactory.createURI(Vocab.ID + "live/feed/" + Iris.sha256(url).substring(0, 16));
    }

    static Node item(String feedUrl, String itemId) {
        return NodeFactory.createURI(Vocab.ID + "live/item/" + Iris.sha256(feedUrl + "\n" + itemId).substring(0, 16));
    }

    /** Applies a mark inside the caller's write transaction; {@code removeReport} drops a report graph whole. */
    static void apply(DatasetGraph dsg, Mark mark, Consumer<Node> removeReport) {
        Node now = dateTime(Instant.now());
        if (mark instanceof FileSeen f) {
                Node s = file(f.path());
                dsg.deleteAny(GRAPH, s, Node.ANY, Node.ANY);
                add(dsg, s, Vocab.type, LiveVocab.WatchedFile);
                add(dsg, s, LiveVocab.path, str(f.path()));
                add(dsg, s, LiveVocab.fileSize, NodeFactory.createLiteralByValue(f.size(), XSDDatatype.XSDlong));
                add(dsg, s, LiveVocab.modified, dateTime(Instant.ofEpochMilli(f.modifiedMillis())));
                add(dsg, s, LiveVocab.seenAt, now);
                for (String r : f.reports()) add(dsg, s, LiveVocab.produced, NodeFactory.createURI(r));
                if (f.failure() != null) add(dsg, s, LiveVocab.failure, str(f.failure()));
        } else if (mark instanceof FileGone g) {
                Node s = file(g.path());
                List<Node> reports = objects(dsg, s, LiveVocab.produced);
                dsg.deleteAny(GRAPH, s, Node.ANY, Node.ANY);
                if (g.removeReports()) {
                    for (Node r : reports) {
                        // Two watched files of one name make one report: it stays while the other is there.
                        if (!dsg.find(GRAPH, Node.ANY, LiveVocab.produced, r).hasNext()) removeReport.accept(r);
                    }
                }
        } else if (mark instanceof ItemSeen i) {
                Node s = item(i.feedUrl(), i.itemId());
                dsg.deleteAny(GRAPH, s, Node.ANY, Node.ANY);
                add(dsg, s, Vocab.type, LiveVocab.FeedItem);
                add(dsg, s, LiveVocab.inFeed, feed(i.feedUrl()));
                add(dsg, s, LiveVocab.itemId, str(i.itemId()));
                add(dsg, s, LiveVocab.seenAt, now);
                if (i.report() != null) add(dsg, s, LiveVocab.produced, NodeFactory.createURI(i.report()));
                if (i.failure() != null) add(dsg, s, LiveVocab.failure, str(i.failure()));
                feedNode(dsg, i.feedUrl());
        } else if (mark instanceof FeedChecked c) {
                Node s = feedNode(dsg, c.feedUrl());
                dsg.deleteAny(GRAPH, s, LiveVocab.etag, Node.ANY);
                dsg.deleteAny(GRAPH, s, LiveVocab.lastModified, Node.ANY);
                dsg.deleteAny(GRAPH, s, LiveVocab.lastPoll, Node.ANY);
                if (c.etag() != null) add(dsg, s, LiveVocab.etag, str(c.etag()));
                if (c.lastModified() != null) add(dsg, s, LiveVocab.lastModified, str(c.lastModified()));
                add(dsg, s, LiveVocab.lastPoll, dateTime(c.at()));
        }
    }

    private static Node feedNode(DatasetGraph dsg, String url) {
        Node s = feed(url);
        add(dsg, s, Vocab.type, LiveVocab.Feed);
        add(dsg, s, Vocab.url, str(url));
        return s;
    }

    /** Every watched file the store remembers, by path. */
    public static Map<String, FileRecord> files(Dataset ds) {
        return ds.calculateRead(() -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, FileRecord> out = new TreeMap<>();
            dsg.find(GRAPH, Node.ANY, Vocab.type, LiveVocab.WatchedFile).forEachRemaining(q -> {
                Node s = q.getSubject();
                String path = literal(dsg, s, LiveVocab.path);
                String size = literal(dsg, s, LiveVocab.fileSize);
                String modified = literal(dsg, s, LiveVocab.modified);
                if (path == null || size == null || modified == null) return;
                List<String> reports = objects(dsg, s, LiveVocab.produced).stream().map(Node::getURI).toList();
                out.put(path, new FileRecord(path, Long.parseLong(size), Instant.parse(modified).toEpochMilli(), reports,
                        literal(dsg, s, LiveVocab.failure)));
            });
            return out;
        });
    }

    /** A feed as the store remembers it; a feed never polled has no validators and no items. */
    public static FeedRecord feed(Dataset ds, String url) {
        return ds.calculateRead(() -> record(ds.asDatasetGraph(), feed(url), url));
    }

    /** Every feed the store remembers. */
    public static List<FeedRecord> feeds(Dataset ds) {
        return ds.calculateRead(() -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<FeedRecord> out = new ArrayList<>();
            dsg.find(GRAPH, Node.ANY, Vocab.type, LiveVocab.Feed).forEachRemaining(q ->
                    out.add(record(dsg, q.getSubject(), literal(dsg, q.getSubject(), Vocab.url))));
            out.sort(java.util.Comparator.comparing(FeedRecord::url));
            return out;
        });
    }

    private static FeedRecord record(DatasetGraph dsg, Node feed, String url) {
        Set<String> seen = new HashSet<>();
        int[] ingested = {0};
        List<String> failures = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, LiveVocab.inFeed, feed).forEachRemaining(q -> {
            Node item = q.getSubject();
            String id = literal(dsg, item, LiveVocab.itemId);
            if (id != null) seen.add(id);
            if (dsg.find(GRAPH, item, LiveVocab.produced, Node.ANY).hasNext()) ingested[0]++;
            String failure = literal(dsg, item, LiveVocab.failure);
            if (failure != null) failures.add(failure);
        });
        String poll = literal(dsg, feed, LiveVocab.lastPoll);
        return new FeedRecord(url, literal(dsg, feed, LiveVocab.etag), literal(dsg, feed, LiveVocab.lastModified),
                poll == null ? null : Instant.parse(poll), seen, ingested[0], failures);
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(GRAPH, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        if (!it.hasNext()) return null;
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(new Quad(GRAPH, s, p, o));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** Counts for {@code stats}: watched files remembered, with reports, failed. */
    public static Map<String, Long> fileCounts(Dataset ds) {
        Map<String, Long> out = new HashMap<>();
        for (FileRecord f : files(ds).values()) {
            out.merge("files", 1L, Long::sum);
            if (!f.reports().isEmpty()) out.merge("with reports", 1L, Long::sum);
            if (f.failure() != null) out.merge("failed", 1L, Long::sum);
        }
        return out;
    }
}
