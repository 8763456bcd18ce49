package org.osintkg.live;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * HTTP GET as a polite crawler does it: one request at a time per host, a delay between requests to
 * a host (robots.txt's Crawl-delay when longer), time-outs, retries with back-off on time-outs, 429
 * and 5xx (Retry-After honoured up to a cap), robots.txt honoured (parsed by crawler-commons, cached
 * per host for an hour), and bodies over a size refused without reading them whole.
 */
public final class PoliteFetcher {
    /** The name robots.txt rules are matched against, and the start of the User-Agent header. */
    public static final String AGENT = "osintkg";

    /**
     * @param delay    between two requests to one host
     * @param timeout  to connect, and for the response to start
     * @param tries    attempts of one request (1: no retry)
     * @param backoff  wait before the first retry, doubled for each next one
     * @param maxBytes larger bodies are refused
     */
    public record Options(Duration delay, Duration timeout, int tries, Duration backoff, long maxBytes) {}

    /** A response: status, body (empty for 304), and the headers the poller needs. */
    public record Response(int status, byte[] body, String contentType, String etag, String lastModified) {}

    /** A fetch that did not succeed; {@code transientFailure} when trying later may do better. */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean transientFailure;

        FetchException(String reason, boolean transientFailure) {
            super(reason);
            this.transientFailure = transientFailure;
        }

        public boolean isTransient() {
            return transientFailure;
        }
    }

    private static final Duration ROBOTS_TTL = Duration.ofHours(1);
    private static final long MAX_RETRY_AFTER_MS = 60_000;

    /** One host's turn-taking and rules. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long nextNanos;
        BaseRobotRules robots;
        long robotsUntilNanos;
    }

    private final Options options;
    private final HttpClient http;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    public PoliteFetcher(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** GETs a URL, after robots.txt allows it; a 4xx other than 429 is returned, not thrown. */
    public Response get(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new FetchException("not an http(s) URL", false);
        }
        Host host = hosts.computeIfAbsent(origin(uri), h -> new Host());
        host.turn.lockInterruptibly();
        try {
            BaseRobotRules rules = robots(uri, host);
            if (rules.isDeferVisits()) throw new FetchException("robots.txt unreachable: visits deferred", true);
            if (!rules.isAllowed(uri.toString())) throw new FetchException("robots.txt disallows " + uri.getPath(), false);
            return send(uri, headers, host, rules);
        } finally {
            host.turn.unlock();
        }
    }

    private BaseRobotRules robots(URI uri, Host host) throws InterruptedException {
        if (host.robots != null && System.nanoTime() < host.robotsUntilNanos) return host.robots;
        URI robots = URI.create(origin(uri) + "/robots.txt");
        BaseRobotRules rules;
        try {
            Response r = send(robots, Map.of(), host, null);
            rules = r.status() == 200
                    ? robotsParser.parseContent(robots.toString(), r.body(), r.contentType(), List.of(AGENT))
                    : robotsParser.failedFetch(r.status());
        } catch (FetchException e) {
            // Unreachable after retries: a server error, defer visits as RFC 9309 asks.
            rules = robotsParser.failedFetch(503);
        }
        host.robots = rules;
        host.robotsUntilNanos = System.nanoTime() + ROBOTS_TTL.toNanos();
        return rules;
    }

    private Response send(URI uri, Map<String, String> headers, Host host, BaseRobotRules rules)
            throws FetchException, InterruptedException {
        String reason = null;
        long wait = options.backoff().toMillis();
        for (int attempt = 1; attempt <= Math.max(1, options.tries()); attempt++) {
            if (attempt > 1) Thread.sleep(wait);
            long retryAfter = -1;
            pace(host, rules);
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.timeout())
                        .header("User-Agent", AGENT + "/0.1 (live store feed poller)").GET();
                headers.forEach(b::header);
                HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = r.statusCode();
                if (status == 429 || status >= 500) {
                    r.body().close();
                    reason = "HTTP " + status;
                    retryAfter = r.headers().firstValueAsLong("Retry-After").orElse(-1);
                } else {
                    return new Response(status, body(r), r.headers().firstValue("Content-Type").orElse(null),
                            r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
                }
            } catch (HttpTimeoutException e) {
                reason = "timed out after " + options.timeout().toSeconds() + " s";
            } catch (IOException e) {
                reason = "cannot fetch: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            } finally {
                host.nextNanos = System.nanoTime() + delay(rules).toNanos();
            }
            wait = retryAfter >= 0 ? Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS) : wait * (attempt > 1 ? 2 : 1);
        }
        throw new FetchException(reason + " (" + options.tries() + " tries)", true);
    }

    /** Reads a body up to the size limit; a larger one is refused by its declared length or when it passes the limit. */
    private byte[] body(HttpResponse<InputStream> r) throws IOException, FetchException {
        try (InputStream in = r.body()) {
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > options.maxBytes()) {
                throw new FetchException(String.format(Locale.ROOT, "too large (%.1f MB, limit %.1f MB)",
                        declared / 1e6, options.maxBytes() / 1e6), false);
            }
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1));
            if (b.length > options.maxBytes()) {
                throw new FetchException(String.format(Locale.ROOT, "too large (over the limit of %.1f MB)",
                        options.maxBytes() / 1e6), false);
            }
            return b;
        }
    }

    /** Waits for the host's turn: the delay since its last request. */
    private static void pace(Host host, BaseRobotRules rules) throws InterruptedException {
        long left = host.nextNanos - System.nanoTime();
        if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }

    private Duration delay(BaseRobotRules rules) {
        long crawlDelay = rules == null ? BaseRobotRules.UNSET_CRAWL_DELAY : rules.getCrawlDelay();
        Duration d = options.delay();
        if (crawlDelay > 0 && crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY) {
            d = Duration.ofMillis(Math.max(d.toMillis(), Math.min(crawlDelay, MAX_RETRY_AFTER_MS)));
        }
        return d;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
    }
}
