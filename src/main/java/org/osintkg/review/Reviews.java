package org.osintkg.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.osintkg.rdf.Vocab;
import org.osintkg.store.Store;

/**
 * Analysts' reviews of a store: each action checked, then written as a PROV-O record in the review
 * graph in one write transaction together with the judgements it changes and, for a merge or split,
 * the summary counts it changes. A failed check writes nothing. Reviews by several users at once are
 * serialized by TDB2's single writer.
 */
public final class Reviews {
    private static final Node G = Record.GRAPH;
    private static final Node COUNTER = NodeFactory.createURI(Vocab.REVIEW_GRAPH);
    private final Dataset dataset;

    public Reviews(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Checks and records an action by a user; returns the record written. */
    public Record apply(String user, Action action) throws ReviewException {
        if (user == null || user.isBlank()) throw new ReviewException("a review needs the name of the user making it");
        dataset.begin(TxnType.WRITE);
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node iri = write(dsg, user.strip(), action, Checks.check(dsg, action));
            Record r = Record.read(dsg, iri);
            dataset.commit();
            return r;
        } catch (ReviewException | RuntimeException e) {
            dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }

    private static Node write(DatasetGraph dsg, String user, Action action, Checks.Checked c) throws ReviewException {
        long seq = lastSequence(dsg) + 1;
        dsg.deleteAny(G, COUNTER, Vocab.reviewSequence, Node.ANY);
        dsg.add(G, COUNTER, Vocab.reviewSequence, integer(seq));
        Node r = NodeFactory.createURI(Vocab.ID + "review/" + seq);
        Node who = NodeFactory.createURI(Vocab.ID + "reviewer/" + URLEncoder.encode(user, StandardCharsets.UTF_8));
        dsg.add(G, who, Vocab.type, Vocab.Reviewer);
        dsg.add(G, who, Vocab.label, NodeFactory.createLiteralString(user));
        dsg.add(G, r, Vocab.type, c.kind());
        dsg.add(G, r, Vocab.type, Vocab.Activity);
        dsg.add(G, r, Vocab.reviewSequence, integer(seq));
        dsg.add(G, r, Vocab.reviewTarget, c.target());
        if (c.object() != null) dsg.add(G, r, Vocab.reviewObject, c.object());
        dsg.add(G, r, Vocab.wasAssociatedWith, who);
        dsg.add(G, r, Vocab.endedAtTime, NodeFactory.createLiteralDT(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                XSDDatatype.XSDdateTime));
        if (action.note() != null && !action.note().isBlank()) dsg.add(G, r, Vocab.comment, NodeFactory.createLiteralString(action.note().strip()));
        c.values().forEach((p, v) -> dsg.add(G, r, p, v));
        if (c.kind().equals(Vocab.Merge) || c.kind().equals(Vocab.Split) || c.mergesChange()) {
            Set<Node> touched = Effects.refreshMerges(dsg);
            if (touched == null) throw new ReviewException(action.verb() + ": this would make entities merged into each other in a ring");
            Store.recount(dsg, touched);
        }
        if (!c.mergesChange() && !c.kind().equals(Vocab.Merge) && !c.kind().equals(Vocab.Split)) Effects.refresh(dsg, c.target());
        return r;
    }

    private static long lastSequence(DatasetGraph dsg) {
        var it = dsg.find(G, COUNTER, Vocab.reviewSequence, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * An IRI as a user writes it: {@code <…>}, a full IRI, or a path under the instance namespace
     * ({@code person/andrii-cherniak}, {@code claim/…}); a number names a review ({@code 17}).
     */
    public static Node iri(String text) throws ReviewException {
        return Checks.iri(text);
    }

    /** An IRI as messages show it: under the instance namespace without it. */
    public static String shortName(Node n) {
        return Checks.name(n);
    }

    /** One line of a history: a record, and the undo that stands over it (null when it stands). */
    public record Entry(Record record, Node undoneBy) {}

    /** Every review of a claim or entity (as target or as the entity merged into), oldest first. */
    public List<Entry> history(Node target) {
        return dataset.calculateRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Entry> out = new ArrayList<>();
            for (Record r : Record.about(dsg, target)) out.add(new Entry(r, Record.undoneBy(dsg, r.iri())));
            return out;
        });
    }

    /** A review whose target is gone from the store, or whose claim IRI now names other evidence. */
    public record Orphan(Record record, String reason) {}

    /** The standing reviews that no longer apply: after a re-extraction or a removal, their target disappeared. */
    public List<Orphan> orphans() {
        return dataset.calculateRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Orphan> out = new ArrayList<>();
            for (Record r : Record.ofKind(dsg, Vocab.SourceGrading, Vocab.ClaimGrading, Vocab.Acceptance, Vocab.Rejection,
                    Vocab.Correction, Vocab.Merge, Vocab.Split)) {
                if (!Record.stands(dsg, r.iri())) continue;
                String reason = null;
                if (!Checks.exists(dsg, r.target())) reason = "no longer in the store";
                else if (r.object() != null && !Checks.exists(dsg, r.object())) reason = "merged into " + r.object().getURI() + ", no longer in the store";
                else if (r.quote() != null && !r.quote().equals(Effects.quoteOf(dsg, r.target()))) {
                    reason = "the claim IRI now names other evidence";
                }
                if (reason != null) out.add(new Orphan(r, reason));
            }
            return out;
        });
    }
}
