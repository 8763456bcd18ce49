package org.osintkg.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.osintkg.rdf.Bundled;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.rdf.Vocab;

/** Where report graphs go: the TDB2 store, or RDF files for a bulk load elsewhere. */
public interface ReportSink {
    /** Writes report graphs together; the outcomes come in the order of the graphs. */
    List<Store.Outcome> putAll(List<ReportGraphs> reports);

    /** Writes a reference graph (ontology, KB) with its content marker; true when it was written. */
    boolean putReference(String graphIri, Graph content);

    /** The bundled ontology and a reference KB, each in its own graph. */
    default void putReferences(Graph kb) {
        putReference(Vocab.ONTOLOGY_GRAPH, Bundled.ontology());
        putReference(Vocab.KB_GRAPH, kb);
    }

    /** Writes one report graph. */
    default Store.Outcome put(ReportGraphs report) {
        return putAll(List.of(report)).get(0);
    }
}
