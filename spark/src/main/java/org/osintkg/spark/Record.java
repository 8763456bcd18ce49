package org.osintkg.spark;

import java.io.Serializable;

/**
 * What an extraction task hands back besides the N-Quads file it wrote: a label an article proposes
 * for a new entity, a failure, or the task's own counts. Small, so the driver can shuffle and count them.
 *
 * @param kind  {@code LABEL}: a = entity IRI, b = label, c = order key, d = report graph IRI;
 *              {@code FAILURE}: a = source, b = reason; {@code PARTITION}: a = the JSON of {@link PartitionCounts}
 */
record Record(Kind kind, String a, String b, String c, String d) implements Serializable {
    enum Kind { LABEL, FAILURE, PARTITION }

    static Record label(String entity, String label, String order, String graph) {
        return new Record(Kind.LABEL, entity, label, order, graph);
    }

    static Record failure(String source, String reason) {
        return new Record(Kind.FAILURE, source, reason, null, null);
    }
}
