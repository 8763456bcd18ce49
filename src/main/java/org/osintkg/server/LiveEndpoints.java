package org.osintkg.server;

/**
 * What a live store answers at {@code /osint/ingest} (POST, users of the password file only) and
 * {@code /osint/status} (GET); the server knows HTTP, the implementation knows the pipeline.
 */
public interface LiveEndpoints {
    /** An HTTP status and a JSON body. */
    record Answer(int status, String json) {}

    /**
     * Ingests one request body.
     *
     * @param name      the client's name for it (query parameter {@code name}), or null
     * @param mediaType the Content-Type without parameters, lower case, or null
     */
    Answer ingest(String name, String mediaType, byte[] body) throws InterruptedException;

    /** What the live inputs are doing, as JSON. */
    String status();
}
