package org.osintkg.live;

import org.osintkg.server.LiveEndpoints;

/**
 * The live endpoints while the NLP models load: the server answers queries at once, and the ingest
 * endpoint says it is starting (503) until the live store is ready.
 */
public final class StartingEndpoints implements LiveEndpoints {
    private volatile LiveEndpoints ready;

    /** From now on, requests go to the live store's endpoints. */
    public void ready(LiveEndpoints endpoints) {
        ready = endpoints;
    }

    @Override
    public Answer ingest(String name, String mediaType, byte[] body) throws InterruptedException {
        LiveEndpoints r = ready;
        return r != null ? r.ingest(name, mediaType, body)
                : new Answer(503, "{\"error\":\"starting: the NLP models are loading; try again in a few seconds\"}");
    }

    @Override
    public String status() {
        LiveEndpoints r = ready;
        return r != null ? r.status() : "{\"starting\":true}";
    }
}
