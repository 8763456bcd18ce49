package org.osintkg.rdf;

import org.apache.jena.graph.Node;

/**
 * The terms a live store keeps about its inputs (ontology/osint.ttl, "Live inputs"): watched files,
 * feeds and their items, in a graph of their own beside the reports they produced.
 */
public final class LiveVocab {
    private LiveVocab() {}

    /** Where the live inputs' state lives, written in the same transaction as the reports it produced. */
    public static final String LIVE_GRAPH = Vocab.GRAPH + "live";

    public static final Node WatchedFile = Vocab.osint("WatchedFile");
    public static final Node Feed = Vocab.osint("Feed");
    public static final Node FeedItem = Vocab.osint("FeedItem");

    public static final Node path = Vocab.osint("path");
    public static final Node fileSize = Vocab.osint("fileSize");
    public static final Node modified = Vocab.osint("modified");
    public static final Node produced = Vocab.osint("produced");
    public static final Node failure = Vocab.osint("failure");
    public static final Node inFeed = Vocab.osint("inFeed");
    public static final Node itemId = Vocab.osint("itemId");
    public static final Node etag = Vocab.osint("etag");
    public static final Node lastModified = Vocab.osint("lastModified");
    public static final Node lastPoll = Vocab.osint("lastPoll");
    public static final Node seenAt = Vocab.osint("seenAt");
}
