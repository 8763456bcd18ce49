package org.osintkg.kb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.osintkg.rdf.Vocab;

/**
 * The reference knowledge base: the bundled {@code ontology/kb/*.ttl} plus any files a user adds.
 * Holds the RDF (stored as its own named graph) and an index of the entities by name.
 */
public final class KnowledgeBase {
    private final Graph graph;
    private final Map<String, ReferenceEntity> byIri;
    private final Map<String, ReferenceEntity> byDemonym = new HashMap<>();
    private final Map<String, ReferenceEntity> byDomain = new HashMap<>();

    private KnowledgeBase(Graph graph) {
        this.graph = graph;
        this.byIri = index(graph);
        for (ReferenceEntity e : byIri.values()) {
            if (e.demonym() != null) byDemonym.put(Names.key(e.demonym()), e);
        }
        graph.find(Node.ANY, Vocab.domain, Node.ANY).forEachRemaining(t -> {
            ReferenceEntity e = t.getSubject().isURI() ? byIri.get(t.getSubject().getURI()) : null;
            if (e != null && e.kind().isOrganization() && t.getObject().isLiteral()) {
                byDomain.merge(domainKey(t.getObject().getLiteralLexicalForm()), e,
                        (a, b) -> a.iri().compareTo(b.iri()) <= 0 ? a : b);
            }
        });
    }

    /** A domain as outlets.ttl writes it: lowercase, no scheme, no "www.", no trailing dot. */
    private static String domainKey(String d) {
        String s = d.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
        s = s.replaceFirst("^www\\.", "");
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** A place's ISO 3166 code (osint:isoCode: "US", "UA-63"), or null. */
    public String isoCode(String placeIri) {
        return placeIri == null ? null : literal(graph, NodeFactory.createURI(placeIri), Vocab.isoCode);
    }

    /**
     * Each web domain an outlet or organization publishes on (osint:domain) -> its publisher: a
     * ministry's or agency's own site publishes its statements as an outlet publishes its reports.
     */
    public Map<String, ReferenceEntity> publisherDomains() {
        return java.util.Collections.unmodifiableMap(byDomain);
    }

    /**
     * The outlet publishing on a host: the outlet of the host itself, else of the nearest domain
     * it lies under ("amp.cnn.com" -> cnn.com, "english.pravda.com.ua" -> pravda.com.ua).
     */
    public Optional<ReferenceEntity> outletOfHost(String host) {
        if (host == null) return Optional.empty();
        String h = domainKey(host);
        while (h.indexOf('.') > 0) {
            ReferenceEntity e = byDomain.get(h);
            if (e != null) return Optional.of(e);
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The bundled KB and then each extra Turtle file or folder of them. */
    public static KnowledgeBase load(List<Path> extra) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path p : bundled()) parse(p, g);
        for (Path p : extra) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) parse(f, g);
                }
            } else {
                parse(p, g);
            }
        }
        return new KnowledgeBase(g);
    }

    /** A KB of the given graph only (tests, tools). */
    public static KnowledgeBase of(Graph g) {
        return new KnowledgeBase(g);
    }

    public Graph graph() { return graph; }

    public Collection<ReferenceEntity> entities() { return byIri.values(); }

    public Optional<ReferenceEntity> get(String iri) { return Optional.ofNullable(byIri.get(iri)); }

    /** True when {@code place} is {@code broader} or lies in it, following osint:locatedIn. */
    public boolean within(String place, String broader) {
        String at = place;
        for (int hops = 0; at != null && hops < 10; hops++) {
            if (at.equals(broader)) return true;
            List<Triple> up = graph.find(NodeFactory.createURI(at), Vocab.locatedIn, Node.ANY).toList();
            at = up.isEmpty() || !up.get(0).getObject().isURI() ? null : up.get(0).getObject().getURI();
        }
        return false;
    }

    /** The place and every place it lies in, following osint:locatedIn outwards. */
    public List<String> placeAndBroader(String place) {
        List<String> out = new java.util.ArrayList<>();
        String at = place;
        for (int hops = 0; at != null && hops < 10 && !out.contains(at); hops++) {
            out.add(at);
            List<Triple> up = graph.find(NodeFactory.createURI(at), Vocab.locatedIn, Node.ANY).toList();
            at = up.isEmpty() || !up.get(0).getObject().isURI() ? null : up.get(0).getObject().getURI();
        }
        return out;
    }

    /** The country whose demonym this is ("North Korean" → North Korea). */
    public Optional<ReferenceEntity> countryOfDemonym(String adjective) {
        String k = Names.key(adjective);
        ReferenceEntity e = byDemonym.get(k);
        if (e == null && k.endsWith("s")) e = byDemonym.get(k.substring(0, k.length() - 1));
        return Optional.ofNullable(e);
    }

    /** Every demonym the KB knows, as written. */
    public List<String> demonyms() {
        return byIri.values().stream().map(ReferenceEntity::demonym).filter(d -> d != null).toList();
    }

    private static void parse(Path p, Graph g) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///" + p.getFileName()).parse(g);
        } catch (RiotException e) {
            throw new IOException(p + ": not valid Turtle: " + e.getMessage(), e);
        }
    }

    /** The Turtle files under ontology/kb on the classpath, inside the jar or in a folder. */
    static List<Path> bundled() throws IOException {
        URL url = KnowledgeBase.class.getClassLoader().getResource("ontology/kb");
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            Path dir;
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                dir = fs.getPath("ontology/kb");
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, ReferenceEntity> index(Graph g) {
        Map<String, ReferenceEntity> out = new LinkedHashMap<>();
        Map<String, String> locatedIn = new HashMap<>();
        g.find(Node.ANY, Vocab.locatedIn, Node.ANY).forEachRemaining(t ->
                locatedIn.put(t.getSubject().getURI(), t.getObject().getURI()));
        List<Triple> typed = g.find(Node.ANY, Vocab.type, Node.ANY).toList();
        for (Triple t : typed) {
            Node s = t.getSubject();
            if (!s.isURI() || !t.getObject().isURI() || !t.getObject().getURI().startsWith(Vocab.NS)) continue;
            EntityKind kind = EntityKind.ofClass(t.getObject().getURI().substring(Vocab.NS.length()));
            if (kind == null) continue;
            ReferenceEntity prev = out.get(s.getURI());
            if (prev != null && !moreSpecific(kind, prev.kind())) continue;
            String label = literal(g, s, Vocab.label);
            if (label == null) continue;
            // Names in other languages (skos:prefLabel/altLabel @uk, @ru) are for those languages' gazetteers only.
            List<String> aliases = new ArrayList<>(untagged(g, s, Vocab.altLabel));
            aliases.addAll(literals(g, s, Vocab.acronym));
            out.put(s.getURI(), new ReferenceEntity(s.getURI(), kind, label, aliases, literal(g, s, Vocab.demonym),
                    countryOf(g, s.getURI(), kind, locatedIn), iri(g, s, Vocab.capitalOf),
                    iris(g, s, Vocab.memberOf), literal(g, s, Vocab.role)));
        }
        return out;
    }

    private static boolean moreSpecific(EntityKind a, EntityKind b) {
        return (b == EntityKind.ORGANIZATION || b == EntityKind.PLACE) && a != b;
    }

    /** Its own osint:country, else the first Country up its osint:locatedIn chain. */
    private static String countryOf(Graph g, String iri, EntityKind kind, Map<String, String> locatedIn) {
        if (kind == EntityKind.COUNTRY) return iri;
        String own = iri(g, NodeFactory.createURI(iri), Vocab.country);
        if (own != null) return own;
        String at = locatedIn.get(iri);
        for (int hops = 0; at != null && hops < 10; hops++) {
            if (g.contains(NodeFactory.createURI(at), Vocab.type, Vocab.Country)) return at;
            at = locatedIn.get(at);
        }
        return null;
    }

    /**
     * The names the KB gives its entities in one language (skos:prefLabel and skos:altLabel with that
     * language tag, "uk" or "ru"), by entity IRI; prefLabels first.
     */
    public Map<String, List<String>> names(String language) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Node p : List.of(Vocab.prefLabel, Vocab.altLabel)) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (!o.isLiteral() || !language.equalsIgnoreCase(o.getLiteralLanguage()) || !t.getSubject().isURI()) return;
                if (!byIri.containsKey(t.getSubject().getURI())) return;
                List<String> names = out.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>());
                if (!names.contains(o.getLiteralLexicalForm())) names.add(o.getLiteralLexicalForm());
            });
        }
        return out;
    }

    private static List<String> untagged(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .filter(o -> !isOtherLanguage(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static boolean isOtherLanguage(String tag) {
        return tag.equalsIgnoreCase("uk") || tag.equalsIgnoreCase("ru");
    }

    private static String literal(Graph g, Node s, Node p) {
        List<String> all = literals(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static String iri(Graph g, Node s, Node p) {
        List<String> all = iris(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> iris(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                .map(Node::getURI).sorted().toList();
    }
}
