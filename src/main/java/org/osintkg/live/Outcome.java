package org.osintkg.live;

/**
 * What became of one article or input of a job.
 *
 * @param source where it came from (file, URL, {@code name:line})
 * @param result ingested, replaced, unchanged or failed
 * @param report the report IRI, or null when it failed
 * @param reason why it failed, or null
 */
public record Outcome(String source, Result result, String report, String reason) {
    public enum Result { INGESTED, REPLACED, UNCHANGED, FAILED }

    static Outcome failed(String source, String reason) {
        return new Outcome(source, Result.FAILED, null, reason);
    }
}
