package org.osintkg.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.osintkg.rdf.Vocab;

/** The checks an action passes before it is recorded, and what its record then holds. */
final class Checks {
    private static final Node IN_SCHEME = NodeFactory.createURI(Vocab.SKOS_NS + "inScheme");
    private static final Node CLAIM_TYPES = Vocab.osint("ClaimTypes");
    private static final List<Set<Node>> FAMILIES = List.of(Set.of(Vocab.Person), Set.of(Vocab.AnonymousSource),
            Set.of(Vocab.Organization, Vocab.Outlet, Vocab.MilitaryUnit),
            Set.of(Vocab.Place, Vocab.Country, Vocab.Region, Vocab.Settlement, Vocab.Facility));
    private static final Set<Node> NOT_ENTITIES = Set.of(Vocab.Claim, Vocab.Report, Vocab.Mention, Vocab.Link, Vocab.Day);

    private Checks() {}

    /**
     * What a record holds beyond who and when: its kind, target, second entity, values, and whether
     * it changes merges (a merge, a split, or the undo of one).
     */
    record Checked(Node kind, Node target, Node object, Map<Node, Node> values, boolean mergesChange) {}

    static Checked check(DatasetGraph dsg, Action a) throws ReviewException {
        Node t = a.target();
        if (t == null || !t.isURI()) throw new ReviewException(a.verb() + ": a target IRI is needed");
        if (a instanceof Action.Grade g) return grade(dsg, g);
        if (a instanceof Action.Accept) return claimReview(dsg, Vocab.Acceptance, t, new LinkedHashMap<>());
        if (a instanceof Action.Reject) return claimReview(dsg, Vocab.Rejection, t, new LinkedHashMap<>());
        if (a instanceof Action.Correct c) return correct(dsg, c);
        if (a instanceof Action.Merge m) return merge(dsg, m);
        if (a instanceof Action.Split s) return split(dsg, s);
        return undo(dsg, (Action.Undo) a);
    }

    private static Checked grade(DatasetGraph dsg, Action.Grade g) throws ReviewException {
        Node t = g.target();
        if (g.ofSource()) {
            entity(dsg, t);
            Node into = Effects.canonical(dsg).get(t);
            if (into != null) throw new ReviewException(name(t) + " is merged into " + name(into) + ": grade " + name(into));
            Map<Node, Node> v = new LinkedHashMap<>();
            v.put(Vocab.sourceReliability, NodeFactory.createLiteralString(g.grade()));
            return new Checked(Vocab.SourceGrading, t, null, v, false);
        }
        if (g.ofClaim()) {
            Map<Node, Node> v = new LinkedHashMap<>();
            v.put(Vocab.informationCredibility, Reviews.integer(Long.parseLong(g.grade())));
            return claimReview(dsg, Vocab.ClaimGrading, t, v);
        }
        throw new ReviewException("grade '" + g.grade() + "': a source is graded A to F (reliability), a claim 1 to 6 (credibility)");
    }

    private static Checked claimReview(DatasetGraph dsg, Node kind, Node t, Map<Node, Node> values) throws ReviewException {
        claim(dsg, t);
        values.put(Vocab.reviewedQuote, NodeFactory.createLiteralString(Effects.quoteOf(dsg, t)));
        Node report = extracted(dsg, t, Vocab.reportedIn);
        if (report != null) values.put(Vocab.reviewedIn, report);
        return new Checked(kind, t, null, values, false);
    }

    private static Checked correct(DatasetGraph dsg, Action.Correct c) throws ReviewException {
        claim(dsg, c.target());
        String raw = c.value() == null ? "" : c.value().strip();
        Node property;
        Node value;
        switch (c.field()) {
            case CLAIMANT -> {
                property = Vocab.claimant;
                value = iri(raw);
                entity(dsg, value);
            }
            case QUANTITY -> {
                property = Vocab.quantity;
                if (!raw.matches("\\d{1,15}")) throw new ReviewException("quantity '" + raw + "': a whole number is needed");
                value = NodeFactory.createLiteralDT(Long.toString(Long.parseLong(raw)), XSDDatatype.XSDinteger);
            }
            default -> {
                property = Vocab.claimType;
                value = raw.matches("[A-Za-z]+") ? Vocab.osint(raw) : iri(raw);
                if (!dsg.contains(Node.ANY, value, IN_SCHEME, CLAIM_TYPES)) {
                    throw new ReviewException("type '" + raw + "': not a claim type of the ontology (TroopCount, Casualties, …)");
                }
            }
        }
        Map<Node, Node> v = new LinkedHashMap<>();
        v.put(Vocab.correctedProperty, property);
        v.put(Vocab.correctedValue, value);
        Node old = extracted(dsg, c.target(), property);
        if (old != null) v.put(Vocab.supersededValue, old);
        return claimReview(dsg, Vocab.Correction, c.target(), v);
    }

    private static Checked merge(DatasetGraph dsg, Action.Merge m) throws ReviewException {
        Node a = m.target();
        Node b = m.into();
        if (b == null || !b.isURI()) throw new ReviewException("merge: the entity to merge into is needed");
        if (a.equals(b)) throw new ReviewException("merge: " + name(a) + " cannot be merged with itself");
        Set<Node> fa = family(dsg, a);
        Set<Node> fb = family(dsg, b);
        if (!fa.equals(fb)) throw new ReviewException("merge: " + name(a) + " and " + name(b) + " are not the same kind of entity");
        Map<Node, Node> merged = Effects.canonical(dsg);
        if (merged.containsKey(a)) throw new ReviewException("merge: " + name(a) + " is already merged into " + name(merged.get(a)) + "; split it first");
        if (a.equals(merged.get(b))) throw new ReviewException("merge: " + name(b) + " is merged into " + name(a) + "; merge the other way");
        return new Checked(Vocab.Merge, a, b, Map.of(), true);
    }

    private static Checked split(DatasetGraph dsg, Action.Split s) throws ReviewException {
        Node a = s.target();
        entity(dsg, a);
        Map<Node, Node> merged = Effects.canonical(dsg);
        if (!merged.containsKey(a)) {
            List<String> members = merged.entrySet().stream().filter(e -> e.getValue().equals(a)).map(e -> name(e.getKey())).sorted().toList();
            throw new ReviewException("split: " + name(a) + " is not merged into anything"
                    + (members.isEmpty() ? "" : "; merged into it: " + String.join(", ", members) + " (split one of those)"));
        }
        return new Checked(Vocab.Split, a, merged.get(a), Map.of(), true);
    }

    private static Checked undo(DatasetGraph dsg, Action.Undo u) throws ReviewException {
        Record r = Record.read(dsg, u.target());
        if (r == null) throw new ReviewException("undo: no review " + name(u.target()));
        Node by = Record.undoneBy(dsg, r.iri());
        if (by != null) throw new ReviewException("undo: " + name(r.iri()) + " is already undone by " + name(by));
        Record base = r;
        while (base.undoes() != null) base = Record.read(dsg, base.undoes());
        boolean merges = base.kind().equals(Vocab.Merge) || base.kind().equals(Vocab.Split);
        return new Checked(Vocab.Undo, base.target(), base.object(), Map.of(Vocab.undoes, r.iri()), merges);
    }

    /** True when some graph other than the review graph says what the node is. */
    static boolean exists(DatasetGraph dsg, Node n) {
        for (var it = dsg.find(Node.ANY, n, Vocab.type, Node.ANY); it.hasNext(); ) {
            if (!it.next().getGraph().equals(Record.GRAPH)) return true;
        }
        return false;
    }

    private static void claim(DatasetGraph dsg, Node t) throws ReviewException {
        if (!dsg.contains(Node.ANY, t, Vocab.type, Vocab.Claim)) {
            throw new ReviewException(exists(dsg, t) ? name(t) + " is not a claim" : "no claim " + name(t) + " in the store");
        }
    }

    private static void entity(DatasetGraph dsg, Node t) throws ReviewException {
        family(dsg, t);
    }

    /** The kind of entity (people, organizations, places, unnamed sources); refuses what is no entity. */
    private static Set<Node> family(DatasetGraph dsg, Node t) throws ReviewException {
        if (!exists(dsg, t)) throw new ReviewException("no entity " + name(t) + " in the store");
        for (var it = dsg.find(Node.ANY, t, Vocab.type, Node.ANY); it.hasNext(); ) {
            Node c = it.next().getObject();
            if (NOT_ENTITIES.contains(c)) throw new ReviewException(name(t) + " is not an entity");
            for (Set<Node> f : FAMILIES) {
                if (f.contains(c)) return f;
            }
        }
        throw new ReviewException(name(t) + " is not an entity");
    }

    /** A claim's value of a property in its report graph. */
    private static Node extracted(DatasetGraph dsg, Node claim, Node property) {
        for (var it = dsg.find(Node.ANY, claim, property, Node.ANY); it.hasNext(); ) {
            var q = it.next();
            if (!q.getGraph().equals(Record.GRAPH)) return q.getObject();
        }
        return null;
    }

    /**
     * An IRI as a user writes it: {@code <…>}, a full IRI, or a path under the instance namespace
     * ({@code person/andrii-cherniak}, {@code claim/…}); a number names a review ({@code 17}).
     */
    static Node iri(String s) throws ReviewException {
        String v = s == null ? "" : s.strip();
        if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
        if (v.matches("\\d+")) v = Vocab.ID + "review/" + v;
        else if (v.matches("[a-z]+/[^\\s<>\"]+")) v = Vocab.ID + v;
        if (v.isEmpty() || !v.matches("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) {
            throw new ReviewException("'" + s + "' is not an IRI");
        }
        try {
            IRIs.checkEx(v);
        } catch (RuntimeException e) {
            throw new ReviewException("'" + s + "' is not a valid IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(v);
    }

    /** An IRI as messages show it: short under the instance namespace. */
    static String name(Node n) {
        String u = n.getURI();
        return u.startsWith(Vocab.ID) ? u.substring(Vocab.ID.length()) : "<" + u + ">";
    }
}
