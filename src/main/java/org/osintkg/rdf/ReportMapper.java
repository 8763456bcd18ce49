package org.osintkg.rdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.osintkg.article.Article;
import org.osintkg.extract.Claim;
import org.osintkg.extract.Mention;
import org.osintkg.extract.Quantity;
import org.osintkg.resolve.ResolvedClaim;
import org.osintkg.resolve.ResolvedRole;
import org.osintkg.resolve.Entity;

/** Maps one article's extraction results to the triples of its report graph. */
public final class ReportMapper {
    private final String version;
    private final Function<String, List<String>> placeAndBroader;

    /**
     * @param version         of the extraction (code and KB); a new version re-extracts unchanged articles
     * @param placeAndBroader a place and the places it lies in, for the questions a claim bears on
     */
    public ReportMapper(String version, Function<String, List<String>> placeAndBroader) {
        this.version = version;
        this.placeAndBroader = placeAndBroader;
    }

    public ReportGraphs map(Article a, Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        String reportId = Iris.reportId(a.key());
        Node report = Iris.report(a.key());
        Map<Node, String> labels = new LinkedHashMap<>();
        add(g, report, Vocab.type, Vocab.Report);
        add(g, report, Vocab.body, str(a.body()));
        add(g, report, Vocab.sha256, str(Iris.sha256(a.body())));
        add(g, report, Vocab.sourceName, str(a.sourceName()));
        if (a.title() != null) add(g, report, Vocab.title, str(a.title()));
        add(g, report, Vocab.dctLanguage, str(x.language()));
        if (a.published() != null) {
            add(g, report, Vocab.issued, date(a.published().toString()));
            add(g, report, Vocab.dateSource, dateSource(a.dateSource()));
        }
        if (a.author() != null) add(g, report, Vocab.creator, str(a.author()));
        if (a.url() != null) add(g, report, Vocab.url, str(a.url()));
        if (x.outlet() != null) {
            Node outlet = NodeFactory.createURI(x.outlet().iri());
            add(g, report, Vocab.publisher, outlet);
            entityType(g, x.outlet(), outlet, labels);
        }
        for (Entity e : x.entities()) {
            Node n = NodeFactory.createURI(e.iri());
            entityType(g, e, n, labels);
            add(g, n, Vocab.mentionedIn, report);
            if (e.kind() == org.osintkg.kb.EntityKind.ANONYMOUS_SOURCE) continue;
            for (String form : e.surfaceForms()) {
                if (!form.equals(e.label())) add(g, n, Vocab.altLabel, str(form));
            }
            for (Mention m : e.mentions()) {
                Node mention = Iris.mention(reportId, m.start(), m.end());
                add(g, mention, Vocab.type, Vocab.Mention);
                add(g, mention, Vocab.mentionOf, n);
                add(g, mention, Vocab.inReport, report);
                add(g, mention, Vocab.text, str(m.text()));
                add(g, mention, Vocab.charStart, integer(m.start()));
                add(g, mention, Vocab.charEnd, integer(m.end()));
            }
        }
        int n = 0;
        for (ResolvedClaim rc : x.claims()) questions(g, claim(g, reportId, report, ++n, rc, a.body()), rc);
        // Counted here, where they are known, so listing reports counts nothing at query time.
        add(g, report, Vocab.claimTotal, integer(x.claims().size()));
        add(g, report, Vocab.entityTotal, integer(x.entities().size()));
        for (ResolvedRole r : x.roles()) {
            Node person = NodeFactory.createURI(r.personIri());
            add(g, person, Vocab.role, str(r.role()));
            if (r.organizationIri() != null) add(g, person, Vocab.memberOf, NodeFactory.createURI(r.organizationIri()));
        }
        String fingerprint = Iris.sha256(version + "\u0000" + a.key() + "\u0000" + a.body() + "\u0000" + a.title()
                + "\u0000" + a.published() + "\u0000" + a.dateSource() + "\u0000" + a.outlet() + "\u0000" + a.author() + "\u0000" + a.url()
                + "\u0000" + a.sourceName());
        add(g, report, Vocab.fingerprint, str(fingerprint));
        return new ReportGraphs(report, a.source(), fingerprint, g, labels, x.entities().size());
    }

    private static Node dateSource(org.osintkg.article.DateSource s) {
        return switch (s) {
            case METADATA -> Vocab.MetadataDate;
            case DATELINE -> Vocab.DatelineDate;
            case URL_PATH -> Vocab.UrlPathDate;
            case HEADER -> Vocab.HeaderDate;
            case RELATIVE -> Vocab.RelativeDate;
            case RETRIEVAL -> Vocab.RetrievalDate;
        };
    }

    private static Node claim(Graph g, String reportId, Node report, int n, ResolvedClaim rc, String body) {
        Claim c = rc.claim();
        Node claim = Iris.claim(reportId, n);
        add(g, claim, Vocab.type, Vocab.Claim);
        add(g, claim, Vocab.reportedIn, report);
        add(g, claim, Vocab.claimant, NodeFactory.createURI(rc.claimantIri()));
        if (rc.citedByIri() != null) add(g, claim, Vocab.citedBy, NodeFactory.createURI(rc.citedByIri()));
        add(g, claim, Vocab.stance, c.denies() ? Vocab.Denies : Vocab.Asserts);
        add(g, claim, Vocab.claimType, Vocab.osint(c.type().name()));
        if (c.aboutIri() != null) add(g, claim, Vocab.about, NodeFactory.createURI(c.aboutIri()));
        if (rc.locationIri() != null) add(g, claim, Vocab.location, NodeFactory.createURI(rc.locationIri()));
        Quantity q = c.quantity();
        if (q != null) {
            add(g, claim, Vocab.quantity, integer(q.value()));
            add(g, claim, Vocab.quantityQualifier, switch (q.qualifier()) {
                case EXACTLY -> Vocab.Exactly;
                case APPROXIMATELY -> Vocab.Approximately;
                case AT_LEAST -> Vocab.AtLeast;
                case AT_MOST -> Vocab.AtMost;
            });
            if (q.counted() != null) add(g, claim, Vocab.counted, str(q.counted()));
            if (q.perUnit() != null) add(g, claim, Vocab.perUnitQuantity, integer(q.perUnit()));
            if (q.units() != null) add(g, claim, Vocab.unitCount, integer(q.units()));
        }
        if (c.statedOn() != null) add(g, claim, Vocab.statedOn, date(c.statedOn().toString()));
        if (c.eventDate() != null) add(g, claim, Vocab.eventDate, date(c.eventDate().toString()));
        add(g, claim, Vocab.hedged, NodeFactory.createLiteralDT(Boolean.toString(c.hedge() != null), XSDDatatype.XSDboolean));
        if (c.hedge() != null) add(g, claim, Vocab.hedge, str(c.hedge()));
        if (c.cue() != null) add(g, claim, Vocab.cue, str(c.cue()));
        add(g, claim, Vocab.confidence, NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.2f", c.confidence()),
                XSDDatatype.XSDdecimal));
        add(g, claim, Vocab.quote, str(body.substring(c.start(), c.end())));
        add(g, claim, Vocab.charStart, integer(c.start()));
        add(g, claim, Vocab.charEnd, integer(c.end()));
        return claim;
    }

    /**
     * The topic of a claim about a force (its type and force), the question a located one answers
     * and, for an unhedged assertion, the questions on which a denial would contradict it (see
     * {@link Questions}).
     */
    private void questions(Graph g, Node claim, ResolvedClaim rc) {
        Claim c = rc.claim();
        if (c.aboutIri() != null) add(g, claim, Vocab.onTopic, Questions.topic(c.type(), c.aboutIri()));
        if (c.aboutIri() == null || rc.locationIri() == null) return;
        add(g, claim, Vocab.onQuestion, Questions.question(c.type(), c.aboutIri(), rc.locationIri()));
        if (c.denies() || c.hedge() != null) return;
        for (Node q : Questions.contradictableOn(c.type(), c.aboutIri(), placeAndBroader.apply(rc.locationIri()))) {
            add(g, claim, Vocab.contradictableOn, q);
        }
    }

    /** KB entities are typed and labelled in the KB graph; others here, with a label proposal. */
    private static void entityType(Graph g, Entity e, Node n, Map<Node, String> labels) {
        if (e.kbIri() != null) return;
        add(g, n, Vocab.type, Vocab.osint(e.kind().className()));
        labels.putIfAbsent(n, e.label());
    }

    public static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    public static Node date(String isoDate) {
        return NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
