package org.osintkg.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.graph.NodeFactory;

/**
 * Asks a SPARQL endpoint in Wikidata's shape (rdfs:label, skos:altLabel, schema:description,
 * wdt:P31, wdt:P625) for the items that carry a name, politely: one request at a time, at most
 * {@code perSecond}, with a time-out, retrying after 429 and 503.
 */
public final class WikidataClient {
    /** Wikidata's public endpoint. */
    public static final String WDQS = "https://query.wikidata.org/sparql";
    private static final String USER_AGENT = "osintkg/0.1 (https://w3id.org/osintkg; knowledge graph of conflict news)";

    private final String endpoint;
    private final Duration timeout;
    private final long minIntervalMs;
    private long lastRequest;

    public WikidataClient(String endpoint, Duration timeout, double perSecond) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.minIntervalMs = perSecond <= 0 ? 0 : Math.round(1000 / perSecond);
    }

    public String endpoint() { return endpoint; }

    /** The question for a set of names, also the cache key. */
    public static String question(List<String> names) {
        StringBuilder values = new StringBuilder();
        for (String n : names) values.append(' ').append(FmtUtils.stringForNode(NodeFactory.createLiteralLang(n, "en")));
        return """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT ?item ?label ?description ?type ?coord WHERE {
                  VALUES ?name {%s }
                  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
                  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "en") }
                  OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
                  OPTIONAL { ?item wdt:P31 ?type }
                  OPTIONAL { ?item wdt:P625 ?coord }
                } LIMIT 200
                """.formatted(values);
    }

    /** The candidates for a question; throws on network failure after the retries. */
    public List<Candidate> ask(String question) throws LinkException {
        Query q = QueryFactory.create(question);
        int attempt = 0;
        while (true) {
            pace();
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).httpHeader("User-Agent", USER_AGENT)
                    .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).query(q).build()) {
                return candidates(qe.execSelect());
            } catch (RuntimeException e) {
                String msg = String.valueOf(e.getMessage());
                boolean busy = msg.contains("429") || msg.contains("503") || msg.contains("Too Many");
                if (busy && attempt++ < 3) {
                    sleep(2000L << attempt);
                    continue;
                }
                throw new LinkException(endpoint + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
    }

    private static List<Candidate> candidates(ResultSet rs) {
        Map<String, String[]> text = new LinkedHashMap<>();
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Set<String> withCoord = new HashSet<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String item = s.getResource("item").getURI();
            String[] t = text.computeIfAbsent(item, k -> new String[2]);
            if (s.contains("label") && t[0] == null) t[0] = s.getLiteral("label").getString();
            if (s.contains("description") && t[1] == null) t[1] = s.getLiteral("description").getString();
            Set<String> ty = types.computeIfAbsent(item, k -> new HashSet<>());
            if (s.contains("type") && s.get("type").isURIResource()) ty.add(s.getResource("type").getURI());
            if (s.contains("coord")) withCoord.add(item);
        }
        List<Candidate> out = new ArrayList<>();
        text.forEach((item, t) -> out.add(new Candidate(item, t[0], t[1], types.get(item), withCoord.contains(item))));
        return out;
    }

    private void pace() {
        long wait = lastRequest + minIntervalMs - System.currentTimeMillis();
        if (wait > 0) sleep(wait);
        lastRequest = System.currentTimeMillis();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
