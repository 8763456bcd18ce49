package org.osintkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.rdf.Vocab;

/**
 * Report graphs streamed to an N-Quads or TriG file (gzipped when the name ends in {@code .gz}),
 * for a bulk load into a TDB2 store or any quad store. The quads are the ones {@link Store} would
 * hold: report graphs, the first label of each new entity in the entities graph, and the
 * reference graphs with their content markers. Only the entity labels are kept in memory.
 */
public final class RdfFiles implements ReportSink, AutoCloseable {
    private static final Node ENTITIES = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);

    private final Map<Node, String> firstLabels = new HashMap<>();
    private OutputStream out;
    private StreamRDF stream;

    private RdfFiles(Path file) {
        open(file);
    }

    /** Opens a file for writing: TriG when the name says {@code .trig}, else N-Quads. */
    public static RdfFiles create(Path file) {
        return new RdfFiles(file);
    }

    /**
     * Finishes the current file and goes on in another, remembering the labels already written, so
     * that a corpus split over several files loads as if it were one.
     */
    public synchronized void continueIn(Path file) {
        finish();
        open(file);
    }

    private void open(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        RDFFormat format = name.replaceFirst("\\.gz$", "").endsWith(".trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            if (name.endsWith(".gz")) os = new GZIPOutputStream(os, 1 << 16);
            out = os;
            stream = StreamRDFWriter.getWriterStream(os, format);
            stream.start();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes a reference graph (ontology, KB) with the marker that lets a later ingest leave it alone. */
    @Override
    public synchronized boolean putReference(String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        content.find().forEachRemaining(t -> stream.quad(quad(g, t)));
        stream.quad(quad(g, Store.contentMarker(graphIri, content)));
        return true;
    }

    @Override
    public synchronized List<Store.Outcome> putAll(List<ReportGraphs> reports) {
        List<Store.Outcome> out = new ArrayList<>(reports.size());
        for (ReportGraphs r : reports) {
            Node g = r.report();
            r.graph().find().forEachRemaining(t -> stream.quad(quad(g, t)));
            r.labels().forEach((entity, label) -> {
                String first = firstLabels.putIfAbsent(entity, label);
                if (first == null) {
                    stream.quad(new org.apache.jena.sparql.core.Quad(ENTITIES, entity, Vocab.label, literal(label)));
                } else if (!first.equals(label)) {
                    // As in the store: the first label seen stays canonical; this form is another name.
                    stream.quad(new org.apache.jena.sparql.core.Quad(g, entity, Vocab.altLabel, literal(label)));
                }
            });
            out.add(Store.Outcome.INGESTED);
        }
        return out;
    }

    private static org.apache.jena.sparql.core.Quad quad(Node g, Triple t) {
        return new org.apache.jena.sparql.core.Quad(g, t);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @Override
    public synchronized void close() {
        finish();
    }

    private void finish() {
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish writing: " + e.getMessage(), e);
        }
    }
}
