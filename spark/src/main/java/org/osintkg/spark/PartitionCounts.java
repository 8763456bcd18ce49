package org.osintkg.spark;

import java.io.Serializable;

/** What one extraction task did: its part file, the inputs it read, articles, quads and failures, and its time. */
record PartitionCounts(int partition, String file, int inputs, long articles, long quads, long failures,
                       double seconds) implements Serializable {}
