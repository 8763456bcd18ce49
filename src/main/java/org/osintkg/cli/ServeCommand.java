package org.osintkg.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.osintkg.article.ArticleReader;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.live.LiveStore;
import org.osintkg.live.StartingEndpoints;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Serves the store with an embedded Fuseki: SPARQL at /osint/sparql, the Fuseki UI at /, the workbench at /app/.",
        "A live store: it ingests while it serves, from watched folders (--watch), feeds (--feed, --feeds)",
        "and POST /osint/ingest (users of the password file only); /osint/status shows what they are doing.",
        "Update is off unless --allow-update; then it needs HTTP Basic credentials from the password file,",
        "as do the UI's server pages under /$/."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", description = "Query time-out in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes (credentials required).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users as 'user: password' lines (default: passwd beside the store, created with a random admin password).")
    Path passwordFile;

    @Option(names = "--max-results", defaultValue = "" + ServerConfig.DEFAULT_MAX_RESULTS,
            description = "Rows a query may return at most; 0 for no cap (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--max-body", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
            description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "Ingest these first.")
    List<String> ingest = new ArrayList<>();

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra reference KB Turtle files.")
    List<Path> kb = new ArrayList<>();

    @Mixin
    LiveOptions live;

    @Override
    public Integer call() throws Exception {
        Path pw = passwordFile != null ? passwordFile : defaultPasswordFile(store.store);
        if (passwordFile == null && !Files.exists(pw)) {
            org.osintkg.server.ServerSetup.createPasswordFile(pw);
            System.out.println("Created " + pw + " with user 'admin' and a random password (see the file).");
        }
        java.time.Instant start = java.time.Instant.now();
        try (Store s = Store.open(store.store)) {
            KnowledgeBase knowledge = Components.kb(kb);
            s.putReferences(knowledge.graph());
            s.summarizeIfMissing();
            ServerConfig cfg = new ServerConfig(host, port, Math.round(timeoutSeconds * 1000), allowUpdate, pw, maxResults, maxBody);
            StartingEndpoints endpoints = new StartingEndpoints();
            Pipeline pipeline = ingest.isEmpty() ? null : Components.pipeline(knowledge);
            if (!ingest.isEmpty()) {
                IngestCommand.ingest(s, knowledge, pipeline, ingest, live.threads, live.maxBytes, false, start);
            }
            try (OsintServer server = OsintServer.start(s.dataset(), cfg, endpoints)) {
                banner(server.url(host), pw);
                // Queries are answered while the models load; the ingest endpoint says it is starting.
                if (pipeline == null) pipeline = Components.pipeline(knowledge);
                try (LiveStore liveStore = LiveStore.start(s, Components.reader(knowledge, live.maxBytes), pipeline,
                        live.options(), ServeCommand::log)) {
                    endpoints.ready(liveStore.endpoints());
                    System.out.println("Live: " + live.describe() + "; POST /osint/ingest, GET /osint/status");
                    server.join();
                }
            }
        }
        return 0;
    }

    private void banner(String base, Path pw) {
        System.out.println("OSINT-KG is serving " + store.store + " at " + base);
        System.out.println("  Fuseki UI:        " + base + "#/dataset/osint/query  (login: a user of " + pw + ")");
        System.out.println("  Workbench:        " + base + "app/");
        System.out.println("  SPARQL endpoint:  " + base + "osint/sparql");
        System.out.println("  Update:           " + (allowUpdate ? base + "osint/update (HTTP Basic)" : "off (--allow-update)"));
        System.out.println("  Ingest:           " + base + "osint/ingest (POST, HTTP Basic)   status: " + base + "osint/status");
        System.out.println("Example queries:");
        example(base, "Reports by outlet and date",
                "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?outlet ?date ?title WHERE { ?r a <https://w3id.org/osintkg/ontology#Report> . "
                + "OPTIONAL { ?r dcterms:publisher/rdfs:label ?outlet } OPTIONAL { ?r dcterms:issued ?date } "
                + "OPTIONAL { ?r dcterms:title ?title } } ORDER BY ?date");
        example(base, "People named in the reports",
                "PREFIX osint: <https://w3id.org/osintkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?person (COUNT(DISTINCT ?r) AS ?reports) WHERE { ?p a osint:Person ; rdfs:label ?person ; "
                + "osint:mentionedIn ?r } GROUP BY ?person ORDER BY DESC(?reports) ?person");
        example(base, "Troop counts claimed, by claimant",
                "PREFIX osint: <https://w3id.org/osintkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?claimant ?quantity ?date WHERE { ?c osint:claimType osint:TroopCount ; osint:quantity ?quantity ; "
                + "osint:claimant/rdfs:label ?claimant . OPTIONAL { ?c osint:statedOn ?date } } ORDER BY ?date");
        System.out.println("Saved queries: ./osintkg query --list ; stop with Ctrl-C.");
    }

    /** One line per batch on standard output; failures on standard error, as ingest prints them. */
    private static void log(String line) {
        (line.startsWith("failed:") ? System.err : System.out).println(line);
    }

    static Path defaultPasswordFile(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.getParent() != null ? abs.getParent().resolve("passwd") : Path.of("passwd");
    }

    private static void example(String base, String title, String sparql) {
        System.out.println("  " + title + ":");
        System.out.println("    curl -s '" + base + "osint/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8) + "'");
    }
}
