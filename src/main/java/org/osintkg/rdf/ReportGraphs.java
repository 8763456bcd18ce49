package org.osintkg.rdf;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What one article adds to the store: its report graph, named by the report IRI, and the
 * canonical labels of the entities it introduces that the KB does not know.
 *
 * @param fingerprint hash of everything the graph was built from; equal means unchanged
 * @param labels      entity IRI → the label this article proposes (the store keeps the first)
 */
public record ReportGraphs(Node report, String source, String fingerprint, Graph graph, Map<Node, String> labels,
                           int entities) {}
