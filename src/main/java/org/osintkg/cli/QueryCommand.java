package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.osintkg.query.Params;
import org.osintkg.query.QueryException;
import org.osintkg.query.QueryRunner;
import org.osintkg.query.SavedQuery;
import org.osintkg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = {
        "Runs a saved query (by NAME from queries/, or a FILE) or --sparql TEXT against a store or an endpoint.",
        "Parameters are bound as RDF terms: <…> an IRI, a number a typed literal, YYYY-MM-DD an xsd:date,",
        "true/false an xsd:boolean, anything else a plain string."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME|FILE", arity = "0..1", description = "Saved query name or .rq file.")
    String name;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "Query text instead of a saved query.")
    String sparql;

    @Option(names = "--list", description = "List the saved queries with their titles and parameters.")
    boolean list;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/store).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint URL, e.g. http://127.0.0.1:3030/osint/sparql.")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind a variable of the query.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds before the query is cancelled (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows: a page of a long answer (default: the query's own).")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows, for the pages after the first.")
    Long offset;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Folder of saved queries (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (SavedQuery q : SavedQuery.all(queriesDir)) {
                System.out.println(q.name() + "  —  " + q.title());
                if (q.answers() != null) System.out.println("    " + q.answers());
                if (q.needsNetwork()) System.out.println("    needs " + q.needs());
                for (String p : q.params()) System.out.println("    param " + p);
            }
            return 0;
        }
        if ((name == null) == (sparql == null)) {
            System.err.println("error: give a saved query NAME or FILE, or --sparql TEXT (see --list)");
            return 2;
        }
        QueryRunner.Format f;
        try {
            f = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --format must be table, csv, tsv or json, not " + format);
            return 2;
        }
        try {
            SavedQuery saved = sparql != null ? SavedQuery.ofText(sparql) : SavedQuery.find(name, queriesDir);
            Query q = saved.query();
            Map<String, Node> bound = Params.parse(params);
            if (limit != null) q.setLimit(limit);
            if (offset != null) q.setOffset(offset);
            for (String var : bound.keySet()) {
                if (q.getProjectVars().stream().noneMatch(v -> v.getVarName().equals(var)) && !saved.text().contains("?" + var)
                        && !saved.text().contains("$" + var)) {
                    throw new QueryException("--param " + var + ": the query has no variable ?" + var);
                }
            }
            long timeoutMs = timeoutSeconds * 1000;
            if (target.endpoint != null) {
                QueryRunner.run(q, bound, target.endpoint, f, System.out, timeoutMs);
            } else {
                Path dir = target.store != null ? target.store : Path.of("data/store");
                if (!Files.isDirectory(dir)) {
                    System.err.println("error: " + dir + ": no store here (run: osintkg ingest PATH --store " + dir + ")");
                    return 2;
                }
                try (Store s = Store.open(dir)) {
                    QueryRunner.run(q, bound, s.dataset(), f, System.out, timeoutMs);
                }
            }
            return 0;
        } catch (QueryException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
