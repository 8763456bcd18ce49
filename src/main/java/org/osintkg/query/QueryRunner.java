package org.osintkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/** Runs a query against a local store or a SPARQL endpoint and writes the results in a format. */
public final class QueryRunner {
    /** Output formats for results. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {}

    /** Runs on a local dataset inside a read transaction. */
    public static void run(Query q, Map<String, Node> params, Dataset ds, Format f, OutputStream out, long timeoutMs) {
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).substitution(binding(params))
                    .timeout(timeoutMs).build()) {
                write(q, qe, f, out);
            }
        });
    }

    /**
     * Runs on a local dataset and only counts the results (rows, a true ASK as one, triples of a
     * CONSTRUCT or DESCRIBE): for timing a query without the cost of formatting its answer.
     */
    public static long count(Query q, Map<String, Node> params, Dataset ds, long timeoutMs) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).substitution(binding(params))
                    .timeout(timeoutMs).build()) {
                if (q.isSelectType()) {
                    long n = 0;
                    for (ResultSet rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                    return n;
                }
                if (q.isAskType()) return qe.execAsk() ? 1L : 0L;
                return (long) (q.isConstructType() ? qe.execConstruct() : qe.execDescribe()).size();
            }
        });
    }

    /** Runs against a remote SPARQL endpoint. */
    public static void run(Query q, Map<String, Node> params, String endpoint, Format f, OutputStream out, long timeoutMs) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).substitution(binding(params))
                .timeout(timeoutMs).build()) {
            write(q, qe, f, out);
        }
    }

    private static org.apache.jena.sparql.engine.binding.Binding binding(Map<String, Node> params) {
        var b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        params.forEach((k, v) -> b.add(org.apache.jena.sparql.core.Var.alloc(k), v));
        return b.build();
    }

    private static void write(Query q, QueryExecution qe, Format f, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (f) {
                case TABLE -> {
                    ResultSetRewindable r = ResultSetFactory.makeRewindable(rs);
                    ResultSetFormatter.out(ps, r, q.getPrologue());
                }
                case CSV -> ResultSetFormatter.outputAsCSV(ps, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, rs);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (f) {
                case JSON -> ResultSetFormatter.outputAsJSON(ps, b);
                case CSV -> ResultSetFormatter.outputAsCSV(ps, b);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, b);
                case TABLE -> ps.println(b ? "yes" : "no");
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(ps, m, f == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
        ps.flush();
    }
}
