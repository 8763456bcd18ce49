package org.osintkg.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.osintkg.rdf.Vocab;
import scala.Tuple2;

/**
 * The labels of new entities, decided over the whole job as {@code convert} decides them while it
 * writes: the label of the first article (in input order) that names an entity is its canonical
 * label in the entities graph; an article that wrote it otherwise gives an alternative label in its
 * own report graph.
 */
final class Labels {
    private static final Node ENTITIES = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);

    private Labels() {}

    /** The N-Quads lines for one entity from its proposals: (order key, label, report graph). */
    static Iterator<String> lines(Tuple2<String, Iterable<Tuple2<String, Tuple2<String, String>>>> entity) {
        List<Tuple2<String, Tuple2<String, String>>> proposals = new ArrayList<>();
        entity._2().forEach(proposals::add);
        proposals.sort((x, y) -> x._1().compareTo(y._1()));
        Node e = NodeFactory.createURI(entity._1());
        String first = proposals.get(0)._2()._1();
        List<String> out = new ArrayList<>();
        out.add(line(e, Vocab.label, first, ENTITIES));
        for (Tuple2<String, Tuple2<String, String>> p : proposals) {
            String label = p._2()._1();
            if (!label.equals(first)) out.add(line(e, Vocab.altLabel, label, NodeFactory.createURI(p._2()._2())));
        }
        return out.iterator();
    }

    private static String line(Node s, Node p, String label, Node g) {
        return NodeFmtLib.strNT(s) + " " + NodeFmtLib.strNT(p) + " " + NodeFmtLib.strNT(NodeFactory.createLiteralString(label))
                + " " + NodeFmtLib.strNT(g) + " .";
    }
}
