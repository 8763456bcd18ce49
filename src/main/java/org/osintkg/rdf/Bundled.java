package org.osintkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and SHACL shapes as shipped in the jar. */
public final class Bundled {
    private Bundled() {}

    public static Graph ontology() {
        return resource("ontology/osint.ttl");
    }

    public static Graph shapes() {
        return resource("ontology/shapes.ttl");
    }

    private static Graph resource(String path) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the build");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
        return g;
    }
}
