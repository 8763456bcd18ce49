package org.osintkg.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.osintkg.rdf.Vocab;

/**
 * The judgements that the standing reviews add up to, kept beside the records in the review graph so
 * that queries read one triple per judgement: a source's {@code osint:sourceReliability}, a claim's
 * {@code osint:informationCredibility}, {@code osint:reviewStatus} and corrected values, and
 * {@code osint:mergedInto} (with {@code owl:sameAs}) from each merged entity to the one it is merged
 * into. They are derived, never edited: after each review they are worked out again from the records
 * that stand, the latest of each kind winning, so an undo restores what came before.
 */
public final class Effects {
    private static final Node G = Record.GRAPH;
    /** What each kind of review sets on its target. */
    private static final List<Node> CLAIM_SLOTS = List.of(Vocab.informationCredibility, Vocab.reviewStatus,
            Vocab.correctedClaimant, Vocab.correctedQuantity, Vocab.correctedClaimType);

    private Effects() {}

    /** Works out a target's judgements (grades, status, corrections) again from the records that stand. */
    static void refresh(DatasetGraph dsg, Node target) {
        List<Node> slots = new ArrayList<>(CLAIM_SLOTS);
        slots.add(Vocab.sourceReliability);
        for (Node p : slots) dsg.deleteAny(G, target, p, Node.ANY);
        String quote = quoteOf(dsg, target);
        Map<Node, Node> latest = new LinkedHashMap<>();
        for (Record r : Record.about(dsg, target)) {
            if (!target.equals(r.target()) || !Record.stands(dsg, r.iri())) continue;
            // A claim's IRI is its report's and its rank there: after a re-extraction it may name
            // another claim, and a review of the one before no longer holds.
            if (r.quote() != null && !r.quote().equals(quote)) continue;
            Node kind = r.kind();
            if (kind.equals(Vocab.SourceGrading)) latest.put(Vocab.sourceReliability, r.value());
            else if (kind.equals(Vocab.ClaimGrading)) latest.put(Vocab.informationCredibility, r.value());
            else if (kind.equals(Vocab.Acceptance)) latest.put(Vocab.reviewStatus, Vocab.Accepted);
            else if (kind.equals(Vocab.Rejection)) latest.put(Vocab.reviewStatus, Vocab.Rejected);
            else if (kind.equals(Vocab.Correction)) latest.put(correctedBy(r.property()), r.value());
        }
        latest.forEach((p, v) -> dsg.add(G, target, p, v));
    }

    /** The property that holds a corrected value of an extracted property. */
    static Node correctedBy(Node extracted) {
        if (extracted.equals(Vocab.claimant)) return Vocab.correctedClaimant;
        if (extracted.equals(Vocab.quantity)) return Vocab.correctedQuantity;
        return Vocab.correctedClaimType;
    }

    /** A claim's evidence in its report graph, or null when no report holds it. */
    static String quoteOf(DatasetGraph dsg, Node claim) {
        for (var it = dsg.find(Node.ANY, claim, Vocab.quote, Node.ANY); it.hasNext(); ) {
            var q = it.next();
            if (!q.getGraph().equals(G)) return q.getObject().getLiteralLexicalForm();
        }
        return null;
    }

    /**
     * After a report graph was written: the claims reviewed in it get their judgements worked out
     * again, so a judgement follows the evidence it was made on, not a rank that a new extraction may
     * give to another claim.
     */
    public static void refreshReport(DatasetGraph dsg, Node report) {
        Set<Node> targets = new HashSet<>();
        dsg.find(G, Node.ANY, Vocab.reviewedIn, report).forEachRemaining(q -> {
            Record r = Record.read(dsg, q.getSubject());
            if (r != null) targets.add(r.target());
        });
        targets.forEach(t -> refresh(dsg, t));
    }

    /** Each merged entity and the entity it is merged into at the end of its chain (the canonical one). */
    public static Map<Node, Node> canonical(DatasetGraph dsg) {
        Map<Node, Node> out = new HashMap<>();
        dsg.find(G, Node.ANY, Vocab.mergedInto, Node.ANY).forEachRemaining(q -> out.put(q.getSubject(), q.getObject()));
        return out;
    }

    /**
     * Works out every merge again from the merge and split records that stand (for each entity the
     * latest of them decides), points each merged entity at the end of its chain, and returns every
     * entity whose canonical entity may have changed (for the counts); null when the merges would
     * form a ring (the caller then aborts).
     */
    static Set<Node> refreshMerges(DatasetGraph dsg) {
        Set<Node> touched = new HashSet<>();
        Map<Node, Node> before = canonical(dsg);
        touched.addAll(before.keySet());
        touched.addAll(before.values());
        Map<Node, Node> edge = new HashMap<>();
        for (Record r : Record.ofKind(dsg, Vocab.Merge, Vocab.Split)) {
            touched.add(r.target());
            if (r.object() != null) touched.add(r.object());
            if (!Record.stands(dsg, r.iri())) continue;
            if (r.kind().equals(Vocab.Merge)) edge.put(r.target(), r.object());
            else edge.remove(r.target());
        }
        dsg.deleteAny(G, Node.ANY, Vocab.mergedInto, Node.ANY);
        dsg.deleteAny(G, Node.ANY, Vocab.sameAs, Node.ANY);
        for (Node e : edge.keySet()) {
            Node root = root(edge, e);
            if (root == null) return null;
            dsg.add(G, e, Vocab.mergedInto, root);
            dsg.add(G, e, Vocab.sameAs, root);
        }
        return touched;
    }

    /** The end of an entity's chain of merges; null on a cycle (which the checks before a merge prevent). */
    static Node root(Map<Node, Node> edge, Node e) {
        Set<Node> seen = new HashSet<>();
        Node at = e;
        while (edge.containsKey(at)) {
            if (!seen.add(at)) return null;
            at = edge.get(at);
        }
        return at;
    }
}
