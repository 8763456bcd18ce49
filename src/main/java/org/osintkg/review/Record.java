package org.osintkg.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.osintkg.rdf.Vocab;

/**
 * A review as stored in the review graph: its IRI ({@code …/id/review/N}), sequence, kind
 * ({@code osint:Merge}, …), what it targets, who made it and when, and what it set.
 *
 * @param object     the second entity of a merge (merged into) or split (split from); null otherwise
 * @param value      the grade given, or the corrected value; null otherwise
 * @param property   the property a correction changes (osint:quantity, …); null otherwise
 * @param superseded the extracted value a correction supersedes; null otherwise
 * @param undoes     the review an undo undoes; null otherwise
 * @param quote      for a claim, its evidence when reviewed: the review holds while the claim's IRI names that evidence
 */
public record Record(Node iri, long sequence, Node kind, Node target, Node object, String user, String time, String note,
                     Node value, Node property, Node superseded, Node undoes, String quote) {
    static final Node GRAPH = NodeFactory.createURI(Vocab.REVIEW_GRAPH);
    static final Comparator<Record> BY_SEQUENCE = Comparator.comparingLong(Record::sequence);

    /** The kind's local name: SourceGrading, Merge, … */
    public String kindName() {
        return kind.getURI().substring(Vocab.NS.length());
    }

    /** Reads one record; null when the IRI names none. */
    static Record read(DatasetGraph dsg, Node iri) {
        Map<Node, Node> p = new HashMap<>();
        Node kind = null;
        for (var it = dsg.find(GRAPH, iri, Node.ANY, Node.ANY); it.hasNext(); ) {
            var q = it.next();
            if (q.getPredicate().equals(Vocab.type)) {
                if (q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.NS)) kind = q.getObject();
            } else {
                p.put(q.getPredicate(), q.getObject());
            }
        }
        if (kind == null || !p.containsKey(Vocab.reviewSequence)) return null;
        Node who = p.get(Vocab.wasAssociatedWith);
        String user = who == null ? null : label(dsg, who);
        Node value = p.containsKey(Vocab.correctedValue) ? p.get(Vocab.correctedValue)
                : p.containsKey(Vocab.sourceReliability) ? p.get(Vocab.sourceReliability) : p.get(Vocab.informationCredibility);
        return new Record(iri, ((Number) p.get(Vocab.reviewSequence).getLiteralValue()).longValue(), kind,
                p.get(Vocab.reviewTarget), p.get(Vocab.reviewObject), user, lexical(p.get(Vocab.endedAtTime)),
                lexical(p.get(Vocab.comment)), value, p.get(Vocab.correctedProperty), p.get(Vocab.supersededValue),
                p.get(Vocab.undoes), lexical(p.get(Vocab.reviewedQuote)));
    }

    /** The records about a node (as target or second entity), in the order they were made. */
    static List<Record> about(DatasetGraph dsg, Node node) {
        List<Record> out = new ArrayList<>();
        for (Node p : List.of(Vocab.reviewTarget, Vocab.reviewObject)) {
            dsg.find(GRAPH, Node.ANY, p, node).forEachRemaining(q -> {
                Record r = read(dsg, q.getSubject());
                if (r != null && out.stream().noneMatch(o -> o.iri().equals(r.iri()))) out.add(r);
            });
        }
        out.sort(BY_SEQUENCE);
        return out;
    }

    /** Every record of some kinds, in order. */
    static List<Record> ofKind(DatasetGraph dsg, Node... kinds) {
        List<Record> out = new ArrayList<>();
        for (Node k : kinds) {
            dsg.find(GRAPH, Node.ANY, Vocab.type, k).forEachRemaining(q -> {
                Record r = read(dsg, q.getSubject());
                if (r != null) out.add(r);
            });
        }
        out.sort(BY_SEQUENCE);
        return out;
    }

    /** True unless an undo that itself stands undoes this record. */
    static boolean stands(DatasetGraph dsg, Node record) {
        for (var it = dsg.find(GRAPH, Node.ANY, Vocab.undoes, record); it.hasNext(); ) {
            if (stands(dsg, it.next().getSubject())) return false;
        }
        return true;
    }

    /** The undo that stands over this record, or null. */
    static Node undoneBy(DatasetGraph dsg, Node record) {
        for (var it = dsg.find(GRAPH, Node.ANY, Vocab.undoes, record); it.hasNext(); ) {
            Node u = it.next().getSubject();
            if (stands(dsg, u)) return u;
        }
        return null;
    }

    private static String label(DatasetGraph dsg, Node n) {
        var it = dsg.find(GRAPH, n, Vocab.label, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : n.getURI();
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }
}
