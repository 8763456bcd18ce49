package org.osintkg.store;

import java.util.List;
import org.osintkg.rdf.ReportGraphs;

/** Where report graphs go: the TDB2 store, or RDF files for a bulk load elsewhere. */
public interface ReportSink {
    /** Writes report graphs together; the outcomes come in the order of the graphs. */
    List<Store.Outcome> putAll(List<ReportGraphs> reports);

    /** Writes one report graph. */
    default Store.Outcome put(ReportGraphs report) {
        return putAll(List.of(report)).get(0);
    }
}
