package org.osintkg.link;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.osintkg.kb.EntityKind;
import org.osintkg.rdf.Iris;
import org.osintkg.rdf.Vocab;

/**
 * Reconciles the store's entities that have no Wikidata link with a SPARQL endpoint and writes the
 * matches, with their score, into the links graph. Answers are cached, so a second run, or one
 * with {@code offline}, needs no network.
 */
public final class Linker {
    /** Counts of one run. */
    public record Result(int unlinked, int asked, int cached, int linked, int unmatched, List<String> failures) {}

    private static final String SEP = "\u0001";
    private static final String UNLINKED = """
            PREFIX osint: <https://w3id.org/osintkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?e ?class ?label (GROUP_CONCAT(DISTINCT ?alt; separator="\u0001") AS ?alts)
                   (GROUP_CONCAT(DISTINCT ?ctx; separator="\u0001") AS ?ctxs)
            WHERE {
              ?e osint:mentionedIn ?r ; a ?class ; rdfs:label ?label .
              FILTER(?class IN (osint:Person, osint:Organization, osint:MilitaryUnit, osint:Outlet, osint:Place,
                                osint:Country, osint:Region, osint:Settlement, osint:Facility))
              FILTER NOT EXISTS { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
              OPTIONAL { ?e skos:altLabel ?alt }
              OPTIONAL { ?e (osint:memberOf|osint:locatedIn|osint:country)/rdfs:label ?ctx }
            }
            GROUP BY ?e ?class ?label
            ORDER BY ?e
            """;

    private final WikidataClient client;
    private final LinkCache cache;
    private final boolean offline;
    private final double minScore;

    public Linker(WikidataClient client, LinkCache cache, boolean offline, double minScore) {
        this.client = client;
        this.cache = cache;
        this.offline = offline;
        this.minScore = minScore;
    }

    public Result run(Dataset ds, int limit, PrintStream log) {
        List<Unlinked> todo = unlinked(ds, limit);
        int asked = 0;
        int cached = 0;
        int linked = 0;
        int unmatched = 0;
        List<String> failures = new ArrayList<>();
        for (Unlinked e : todo) {
            String question = WikidataClient.question(e.names());
            Optional<List<Candidate>> answer = cache.get(client.endpoint(), question);
            if (answer.isPresent()) {
                cached++;
            } else if (offline) {
                unmatched++;
                continue;
            } else {
                try {
                    asked++;
                    answer = Optional.of(client.ask(question));
                    cache.put(client.endpoint(), question, answer.get());
                } catch (LinkException | IOException e1) {
                    failures.add(e.names().get(0) + ": " + e1.getMessage());
                    log.println("failed: " + e.names().get(0) + ": " + e1.getMessage());
                    continue;
                }
            }
            Matcher.Match m = Matcher.best(e, answer.get(), minScore);
            if (m == null) {
                unmatched++;
                continue;
            }
            write(ds, e, m);
            linked++;
            log.printf(Locale.ROOT, "linked: %s -> %s (%.2f)%n", e.names().get(0), m.item(), m.score());
        }
        return new Result(todo.size(), asked, cached, linked, unmatched, failures);
    }

    static List<Unlinked> unlinked(Dataset ds, int limit) {
        List<Unlinked> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(UNLINKED).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext() && (limit <= 0 || out.size() < limit)) {
                    QuerySolution s = rs.next();
                    EntityKind kind = EntityKind.ofClass(s.getResource("class").getLocalName());
                    if (kind == null || out.stream().anyMatch(u -> u.iri().equals(s.getResource("e").getURI()))) continue;
                    List<String> names = new ArrayList<>();
                    names.add(s.getLiteral("label").getString());
                    for (String a : split(s, "alts")) {
                        if (!names.contains(a)) names.add(a);
                    }
                    out.add(new Unlinked(s.getResource("e").getURI(), kind, names, split(s, "ctxs")));
                }
            }
        });
        return out;
    }

    private static List<String> split(QuerySolution s, String var) {
        if (!s.contains(var)) return List.of();
        String v = s.getLiteral(var).getString();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split(SEP));
    }

    private static void write(Dataset ds, Unlinked e, Matcher.Match m) {
        Node g = NodeFactory.createURI(Vocab.LINKS_GRAPH);
        Node subject = NodeFactory.createURI(e.iri());
        Node target = NodeFactory.createURI(m.item());
        Node link = NodeFactory.createURI(Vocab.ID + "link/" + Iris.sha256(e.iri() + " " + m.item()).substring(0, 16));
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            dsg.add(g, subject, Vocab.sameAs, target);
            dsg.add(g, link, Vocab.type, Vocab.Link);
            dsg.add(g, link, Vocab.linkSubject, subject);
            dsg.add(g, link, Vocab.linkTarget, target);
            dsg.add(g, link, Vocab.linkScore, NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.2f", m.score()),
                    XSDDatatype.XSDdecimal));
            dsg.add(g, link, Vocab.linkMethod, NodeFactory.createLiteralString("label+type+context"));
        });
    }
}
