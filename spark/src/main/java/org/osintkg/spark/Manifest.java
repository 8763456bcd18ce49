package org.osintkg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a job wrote, as {@code manifest.json} beside the partitions: the inputs, the part files with
 * their counts, the failures by reason (and the first ones named), and the time it took.
 */
record Manifest(String version, String master, List<String> inputs, int files, long articles, long quads,
                long labelQuads, long failures, Map<String, Long> failuresByReason, List<String> firstFailures,
                List<PartitionCounts> partitions, List<String> rdf, double seconds) {
    static final int NAMED_FAILURES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PartitionCounts partition(String json) {
        try {
            return JSON.readValue(json, PartitionCounts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Manifest read(String json) {
        try {
            return JSON.readValue(json, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
