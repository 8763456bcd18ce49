package org.osintkg.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.osintkg.pipeline.Summary;

/** What the live inputs are doing, for {@code /osint/status}: one {@link Input} per folder, feed and the endpoint. */
public final class LiveStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Input> inputs = new CopyOnWriteArrayList<>();
    private volatile Supplier<Map<String, Object>> queue = Map::of;
    private long batches;
    private String lastBatch;

    /** Registers an input: kind "watch", "feed" or "endpoint", named by its folder or URL. */
    public Input input(String kind, String name) {
        Input in = new Input(kind, name);
        inputs.add(in);
        return in;
    }

    void queue(Supplier<Map<String, Object>> q) {
        queue = q;
    }

    synchronized void batch(String line) {
        batches++;
        lastBatch = line;
    }

    public List<Input> inputs() {
        return List.copyOf(inputs);
    }

    /** The status as JSON: the inputs by kind, the queue, the batches written. */
    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", Instant.now().toString());
        for (String kind : List.of("feed", "watch", "endpoint")) {
            List<Object> list = new ArrayList<>();
            for (Input in : inputs) if (in.kind.equals(kind)) list.add(in.map());
            out.put(kind.equals("watch") ? "watched" : kind.equals("feed") ? "feeds" : kind, list);
        }
        out.put("queue", queue.get());
        synchronized (this) {
            out.put("batches", batches);
            out.put("lastBatch", lastBatch);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counts of one live input; thread-safe. */
    public static final class Input {
        private final String kind;
        private final String name;
        private long ingested;
        private long replaced;
        private long unchanged;
        private final Map<String, Long> failed = new TreeMap<>();
        private String lastFailure;
        private final Map<String, Object> extra = new TreeMap<>();

        private Input(String kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        public String kind() { return kind; }

        public String name() { return name; }

        synchronized void count(Outcome o) {
            switch (o.result()) {
                case INGESTED -> ingested++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
                case FAILED -> {
                    failed.merge(Summary.kind(o.reason()), 1L, Long::sum);
                    lastFailure = o.source() + ": " + o.reason();
                }
            }
        }

        /** A failure of the input itself (a feed that does not parse, a folder gone), not of one article. */
        synchronized void failure(String source, String reason) {
            count(Outcome.failed(source, reason));
        }

        /** Sets an input-specific figure: last poll, items seen, files waiting to settle. */
        synchronized void set(String key, Object value) {
            extra.put(key, value);
        }

        synchronized void add(String key, long by) {
            extra.merge(key, by, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
        }

        synchronized long failed() {
            return failed.values().stream().mapToLong(Long::longValue).sum();
        }

        synchronized long stored() {
            return ingested + replaced + unchanged;
        }

        synchronized Map<String, Object> map() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(kind.equals("feed") ? "url" : kind.equals("watch") ? "folder" : "path", name);
            m.putAll(extra);
            m.put("ingested", ingested);
            m.put("replaced", replaced);
            m.put("unchanged", unchanged);
            m.put("failed", failed());
            m.put("failedByReason", new TreeMap<>(failed));
            m.put("lastFailure", lastFailure);
            return m;
        }
    }
}
