package org.osintkg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each stage, summed over the threads that ran it, and the tokens annotated: what a
 * benchmark needs to say where an ingest spends its time. Cheap enough to stay on always.
 */
public final class StageTimes {
    /** The stages of the data flow, in order. */
    public enum Stage { READ, NLP, EXTRACT, RESOLVE, RDF, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void addTokens(long n) {
        tokens.add(n);
    }

    public long tokens() {
        return tokens.sum();
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** Zeroes every counter (between a warm-up and a measured run). */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        tokens.reset();
    }
}
