package org.osintkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.rdf.Iris;
import org.osintkg.rdf.Vocab;

/**
 * The TDB2 dataset on disk. Each report is its own named graph, written whole inside one transaction, so
 * a crash leaves every article either fully in or not at all; the default graph is the union.
 */
public final class Store implements ReportSink, AutoCloseable {
    /** What a put did. */
    public enum Outcome { INGESTED, REPLACED, UNCHANGED }

    private static final Node ENTITIES = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);
    private static final Node SUMMARY = NodeFactory.createURI(Vocab.SUMMARY_GRAPH);
    private static final Node KB = NodeFactory.createURI(Vocab.KB_GRAPH);
    private static final Node DAYS = NodeFactory.createURI(Vocab.DAYS_GRAPH);
    private static final Node NAMES = NodeFactory.createURI(Vocab.NAMES_GRAPH);
    private final Path dir;
    private final Dataset dataset;

    private Store(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in a folder, creating it if need be. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create the store folder: " + e.getMessage(), e);
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(Location.create(dir.toString()));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, ds);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(msg);
            if (pid.find()) {
                throw new StoreException(dir + ": the store is in use by another process (pid " + pid.group(1)
                        + "); stop it, or serve and ingest from one process (serve --ingest)", e);
            }
            throw new StoreException(dir + ": cannot open the store: " + msg, e);
        }
    }

    public Path dir() { return dir; }

    public Dataset dataset() { return dataset; }

    /**
     * Writes report graphs in one transaction: all of them or, on any failure, none. An unchanged
     * report is left as it is. The outcomes come in the order of the graphs.
     */
    @Override
    public List<Outcome> putAll(List<ReportGraphs> reports) {
        return putAll(reports, List.of());
    }

    /**
     * Writes report graphs and the live inputs' marks that account for them in one transaction, so
     * a crash leaves the live state saying exactly which reports are stored.
     */
    public List<Outcome> putAll(List<ReportGraphs> reports, List<LiveState.Mark> marks) {
        if (reports.isEmpty() && marks.isEmpty()) return List.of();
        return dataset.calculateWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Outcome> out = new java.util.ArrayList<>(reports.size());
            for (ReportGraphs r : reports) out.add(write(dsg, r));
            for (LiveState.Mark m : marks) LiveState.apply(dsg, m, report -> removeGraph(dsg, report));
            return out;
        });
    }

    private static Outcome write(DatasetGraph dsg, ReportGraphs r) {
        Node g = r.report();
        String existing = fingerprint(dsg, g);
        if (r.fingerprint().equals(existing)) return Outcome.UNCHANGED;
        if (existing != null) {
            count(dsg, g, -1);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        r.graph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        // A name once seen stays searchable, as the entity's label in the entities graph stays.
        r.graph().find(Node.ANY, Vocab.altLabel, Node.ANY).forEachRemaining(t -> dsg.add(NAMES, t.getSubject(), Vocab.altLabel, t.getObject()));
        count(dsg, g, 1);
        // Reviews of this report's claims hold while each claim's IRI names the evidence reviewed.
        org.osintkg.review.Effects.refreshReport(dsg, g);
        for (Map.Entry<Node, String> e : r.labels().entrySet()) {
            Node label = NodeFactory.createLiteralString(e.getValue());
            List<Node> have = new java.util.ArrayList<>();
            dsg.find(ENTITIES, e.getKey(), Vocab.label, Node.ANY).forEachRemaining(q -> have.add(q.getObject()));
            if (have.isEmpty()) {
                dsg.add(ENTITIES, e.getKey(), Vocab.label, label);
            } else if (!have.contains(label)) {
                // The first label seen stays canonical; this article's form is another name.
                dsg.add(g, e.getKey(), Vocab.altLabel, label);
                dsg.add(NAMES, e.getKey(), Vocab.altLabel, label);
            }
        }
        return existing == null ? Outcome.INGESTED : Outcome.REPLACED;
    }

    /**
     * Adds ({@code sign} 1) or takes away (-1) what one report graph contributes to the summary
     * counts and the days.
     */
    private static void count(DatasetGraph dsg, Node g, int sign) {
        Tally t = tally(dsg, g);
        t.counts().forEach((counter, byEntity) -> byEntity.forEach((e, n) -> bump(dsg, summaryOf(dsg, g, e), e, counter, sign * n)));
        if (sign > 0) t.issued().forEach((report, issued) -> addDay(dsg, report, issued));
        else removeDay(dsg, g);
    }

    /**
     * What report graphs contribute to the summary: for each counter, how many for each entity (the
     * reports naming it, the claims it made, the claims and denials about it, the claims on a topic),
     * the report graph each entity was first seen in, and each report's issue date (null when none).
     */
    private record Tally(Map<Node, Map<Node, Long>> counts, Map<Node, Node> seenIn, Map<Node, Node> issued,
                         Map<Node, Node> merged, java.util.Set<List<Node>> namedVia) {
        /** Counts for the entity an entity is merged into, if it is: merged entities count once. */
        void add(Node counter, Node entity, Node graph) {
            Node e = merged.getOrDefault(entity, entity);
            counts.computeIfAbsent(counter, c -> new HashMap<>()).merge(e, 1L, Long::sum);
            seenIn.putIfAbsent(e, graph);
        }

        /** A report counts once for an entity however many of its merged IRIs name it. */
        void addNamed(DatasetGraph dsg, Node entity, Node report) {
            Node e = merged.get(entity);
            if (e == null) {
                add(Vocab.reportCount, entity, report);
            } else if (!dsg.contains(report, e, Vocab.mentionedIn, report) && namedVia.add(List.of(e, report))) {
                add(Vocab.reportCount, e, report);
            }
        }
    }

    /** Tallies one report graph, or every graph when {@code graph} is {@link Node#ANY}. */
    private static Tally tally(DatasetGraph dsg, Node graph) {
        Tally t = new Tally(new HashMap<>(), new HashMap<>(), new HashMap<>(),
                org.osintkg.review.Effects.canonical(dsg), new java.util.HashSet<>());
        dsg.find(graph, Node.ANY, Vocab.mentionedIn, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getObject())) t.addNamed(dsg, q.getSubject(), q.getGraph());
        });
        tallyClaims(dsg, t, graph, Node.ANY);
        dsg.find(graph, Node.ANY, Vocab.onTopic, Node.ANY).forEachRemaining(q -> t.add(Vocab.topicClaims, q.getObject(), q.getGraph()));
        tallyDays(dsg, t, graph);
        return t;
    }

    /** Claims made by, about, located at, and denying something about an entity (or every entity with ANY). */
    private static void tallyClaims(DatasetGraph dsg, Tally t, Node graph, Node entity) {
        dsg.find(graph, Node.ANY, Vocab.claimant, entity).forEachRemaining(q -> t.add(Vocab.claimCount, q.getObject(), q.getGraph()));
        dsg.find(graph, Node.ANY, Vocab.about, entity).forEachRemaining(q -> t.add(Vocab.aboutCount, q.getObject(), q.getGraph()));
        dsg.find(graph, Node.ANY, Vocab.location, entity).forEachRemaining(q -> t.add(Vocab.locatedCount, q.getObject(), q.getGraph()));
        if (entity.equals(Node.ANY)) {
            dsg.find(graph, Node.ANY, Vocab.stance, Vocab.Denies).forEachRemaining(d -> dsg.find(d.getGraph(), d.getSubject(),
                    Vocab.about, Node.ANY).forEachRemaining(q -> t.add(Vocab.denialCount, q.getObject(), q.getGraph())));
        } else {
            dsg.find(graph, Node.ANY, Vocab.about, entity).forEachRemaining(q -> {
                if (dsg.contains(q.getGraph(), q.getSubject(), Vocab.stance, Vocab.Denies)) t.add(Vocab.denialCount, q.getObject(), q.getGraph());
            });
        }
    }

    private static void tallyDays(DatasetGraph dsg, Tally t, Node graph) {
        dsg.find(graph, Node.ANY, Vocab.type, Vocab.Report).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) t.issued().put(q.getSubject(), null);
        });
        dsg.find(graph, Node.ANY, Vocab.issued, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && t.issued().containsKey(q.getSubject())) t.issued().put(q.getSubject(), q.getObject());
        });
    }

    /**
     * Counts some entities anew from the report graphs, inside the caller's write transaction: after
     * a merge or split changed which entity counts for which, so the summary stays true in the same
     * transaction as the review. A merged entity's counts go to the entity it is merged into.
     */
    public static void recount(DatasetGraph dsg, java.util.Collection<Node> entities) {
        Map<Node, Node> merged = org.osintkg.review.Effects.canonical(dsg);
        java.util.Set<Node> roots = new java.util.HashSet<>();
        for (Node e : entities) {
            List<Quad> old = new ArrayList<>();
            for (Node counter : List.of(Vocab.reportCount, Vocab.claimCount, Vocab.aboutCount, Vocab.denialCount, Vocab.locatedCount)) {
                dsg.find(Node.ANY, e, counter, Node.ANY).forEachRemaining(q -> {
                    if (isSummary(q.getGraph())) old.add(q);
                });
            }
            old.forEach(dsg::delete);
            roots.add(merged.getOrDefault(e, e));
        }
        for (Node root : roots) {
            List<Node> members = new ArrayList<>(List.of(root));
            merged.forEach((m, r) -> {
                if (r.equals(root)) members.add(m);
            });
            Tally t = new Tally(new HashMap<>(), new HashMap<>(), new HashMap<>(), merged, new java.util.HashSet<>());
            for (Node m : members) {
                dsg.find(Node.ANY, m, Vocab.mentionedIn, Node.ANY).forEachRemaining(q -> {
                    if (q.getGraph().equals(q.getObject())) t.addNamed(dsg, q.getSubject(), q.getGraph());
                });
                tallyClaims(dsg, t, Node.ANY, m);
            }
            Node seen = t.seenIn().get(root);
            if (seen == null) continue;
            Node summary = summaryOf(dsg, seen, root);
            t.counts().forEach((counter, byEntity) -> byEntity.forEach((e, n) -> dsg.add(summary, e, counter, count(n))));
        }
    }

    /** Files a report under the day it was issued on (or the undated day), creating the day when new. */
    private static void addDay(DatasetGraph dsg, Node report, Node issued) {
        String lex = issued != null && issued.isLiteral() ? issued.getLiteralLexicalForm() : "";
        String date = lex.matches("\\d{4}-\\d{2}-\\d{2}.*") ? lex.substring(0, 10) : null;
        Node day = NodeFactory.createURI(Vocab.ID + "day/" + (date != null ? date : "undated"));
        dsg.add(DAYS, report, Vocab.onDay, day);
        dsg.add(DAYS, day, Vocab.type, Vocab.Day);
        if (date != null) dsg.add(DAYS, day, Vocab.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
    }

    /** Takes a report off its day, and the day away when no other report is on it. */
    private static void removeDay(DatasetGraph dsg, Node report) {
        List<Node> days = new ArrayList<>();
        dsg.find(DAYS, report, Vocab.onDay, Node.ANY).forEachRemaining(q -> days.add(q.getObject()));
        dsg.deleteAny(DAYS, report, Vocab.onDay, Node.ANY);
        for (Node day : days) {
            if (!dsg.find(DAYS, Node.ANY, Vocab.onDay, day).hasNext()) dsg.deleteAny(DAYS, day, Node.ANY, Node.ANY);
        }
    }

    private static void bump(DatasetGraph dsg, Node summary, Node entity, Node counter, long by) {
        List<Quad> old = new ArrayList<>();
        dsg.find(summary, entity, counter, Node.ANY).forEachRemaining(old::add);
        long now = 0;
        for (var q : old) {
            now += ((Number) q.getObject().getLiteralValue()).longValue();
            dsg.delete(q);
        }
        if (now + by > 0) dsg.add(summary, entity, counter, count(now + by));
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralByValue(n, XSDDatatype.XSDinteger);
    }

    /**
     * The summary graph an entity's counts go to: one per class ({@code …/graph/summary/Person}),
     * so that ranking the people reads the people's counts alone instead of checking the class of
     * every entity counted. The class is in the report graph, or in the KB graph for KB entities.
     */
    private static Node summaryOf(DatasetGraph dsg, Node report, Node entity) {
        Node cls = osintClass(dsg, report, entity);
        if (cls == null) cls = osintClass(dsg, KB, entity);
        // An entity counted through another merged into it may be typed in other reports only.
        if (cls == null) cls = osintClass(dsg, Node.ANY, entity);
        return cls == null ? SUMMARY : NodeFactory.createURI(Vocab.SUMMARY_GRAPH + "/" + cls.getURI().substring(Vocab.NS.length()));
    }

    private static Node osintClass(DatasetGraph dsg, Node graph, Node entity) {
        Node best = null;
        for (var it = dsg.find(graph, entity, Vocab.type, Node.ANY); it.hasNext(); ) {
            Node c = it.next().getObject();
            if (c.isURI() && c.getURI().startsWith(Vocab.NS) && (best == null || c.getURI().compareTo(best.getURI()) < 0)) best = c;
        }
        return best;
    }

    /**
     * Counts the summary anew from every report graph: after a bulk load, which writes quads without
     * passing through {@link #putAll}, and for a store written before the summary existed.
     */
    public void summarize() {
        dataset.executeWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Tally t = tally(dsg, Node.ANY);
            List<Node> old = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (isSummary(g)) old.add(g);
            });
            old.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            t.counts().forEach((counter, byEntity) -> byEntity.forEach((e, n) ->
                    dsg.add(summaryOf(dsg, t.seenIn().get(e), e), e, counter, count(n))));
            t.issued().forEach((report, issued) -> addDay(dsg, report, issued));
            List<Quad> names = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.altLabel, Node.ANY).forEachRemaining(q -> {
                if (t.issued().containsKey(q.getGraph())) names.add(q);
            });
            names.forEach(q -> dsg.add(NAMES, q.getSubject(), Vocab.altLabel, q.getObject()));
        });
    }

    private static boolean isSummary(Node graph) {
        return graph.isURI() && (graph.equals(SUMMARY) || graph.getURI().startsWith(Vocab.SUMMARY_GRAPH + "/"));
    }

    /** Counts the summary anew when the store holds reports but no summary, or no days (written by an older version). */
    public void summarizeIfMissing() {
        boolean missing = dataset.calculateRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean any = false;
            for (var it = dsg.listGraphNodes(); it.hasNext() && !any; ) any = isSummary(it.next());
            // A store written before the days were kept has counts but no days.
            boolean days = dsg.find(DAYS, Node.ANY, Vocab.onDay, Node.ANY).hasNext();
            return (!any || !days) && dsg.find(Node.ANY, Node.ANY, Vocab.type, Vocab.Report).hasNext();
        });
        if (missing) summarize();
    }

    /** Replaces a reference graph (ontology, KB) when its content differs; true when it did. */
    @Override
    public boolean putReference(String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        Triple marker = contentMarker(graphIri, content);
        return dataset.calculateWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (dsg.contains(g, marker.getSubject(), marker.getPredicate(), marker.getObject())) return false;
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            dsg.add(g, marker.getSubject(), marker.getPredicate(), marker.getObject());
            return true;
        });
    }

    /** The triple that records a reference graph's content hash, so an unchanged graph is not rewritten. */
    static Triple contentMarker(String graphIri, Graph content) {
        return Triple.create(NodeFactory.createURI(graphIri + "#content"), Vocab.sha256,
                NodeFactory.createLiteralString(hash(content)));
    }

    /** Removes a report's graph; true when there was one. */
    public boolean remove(Node report) {
        return dataset.calculateWrite(() -> removeGraph(dataset.asDatasetGraph(), report));
    }

    private static boolean removeGraph(DatasetGraph dsg, Node report) {
        boolean had = dsg.containsGraph(report);
        if (had) count(dsg, report, -1);
        dsg.deleteAny(report, Node.ANY, Node.ANY, Node.ANY);
        return had;
    }

    /** The union of every graph, copied in a read transaction (for validation and small stores). */
    public Graph unionCopy() {
        return dataset.calculateRead(() -> {
            Graph out = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().find().forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    public long quadCount() {
        return dataset.calculateRead(() -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The TDB2 bulk loaders: basic and sequential are transactional; phased and parallel are faster, for large loads. */
    public enum Loader { BASIC, SEQUENTIAL, PHASED, PARALLEL, SORTED }

    /** What a bulk load did: quads and triples loaded, and the seconds of each step after the parse. */
    /** @param runs sorted runs the sorted loader wrote to disk per index past its memory budget (0: it held them all) */
    public record Loaded(long quads, double loadSeconds, double summarySeconds, double statsSeconds, int runs) {
        public double seconds() { return loadSeconds + summarySeconds + statsSeconds; }
    }

    /**
     * Loads RDF files (N-Quads, TriG, or any triples format into the default graph) with a TDB2 bulk
     * loader, then counts the summary anew and writes the optimizer statistics.
     */
    private Loaded bulkLoad(List<String> files, Loader loader, org.apache.jena.system.progress.MonitorOutput monitor) {
        long start = System.nanoTime();
        DatasetGraph dsg = dataset.asDatasetGraph();
        org.apache.jena.tdb2.loader.DataLoader dl = switch (loader) {
            case BASIC -> LoaderFactory.basicLoader(dsg, monitor);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, monitor);
            case PHASED -> LoaderFactory.phasedLoader(dsg, monitor);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, monitor);
            case SORTED -> throw new IllegalArgumentException("the sorted loader runs on a closed store: Store.sortedLoad");
        };
        dl.startBulk();
        try {
            dl.load(files);
            dl.finishBulk();
        } catch (RuntimeException e) {
            dl.finishException(e);
            throw e;
        }
        long loaded = System.nanoTime();
        summarize();
        long summarized = System.nanoTime();
        writeOptimizerStats();
        long done = System.nanoTime();
        return new Loaded(dl.countQuads() + dl.countTriples(), (loaded - start) / 1e9, (summarized - loaded) / 1e9,
                (done - summarized) / 1e9, 0);
    }

    /** Bulk-loads files into the store in dir with a loader; the store must not be open in this process. */
    public static Loaded load(Path dir, List<String> files, Loader loader, org.apache.jena.system.progress.MonitorOutput monitor) {
        if (loader == Loader.SORTED) return sortedLoad(dir, files);
        try (Store s = open(dir)) {
            return s.bulkLoad(files, loader, monitor);
        }
    }

    /**
     * Loads RDF files into an empty, closed store by sorting each index and writing its B+tree bottom
     * up (see {@link SortedLoader}), then opens it, counts the summary and writes the optimizer
     * statistics. Like the phased and parallel loaders it is not transactional: a failed load leaves
     * a store to delete.
     */
    public static Loaded sortedLoad(Path dir, List<String> files) {
        if (!isNew(dir)) {
            throw new StoreException(dir + ": the sorted loader only loads into a new, empty store", null);
        }
        long start = System.nanoTime();
        SortedLoader.Counts counts;
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create the store folder: " + e.getMessage(), e);
        }
        try {
            counts = SortedLoader.load(dir, files);
        } catch (RuntimeException e) {
            // The folder was empty before: leave it so, ready for another try.
            emptyFolder(dir);
            throw e;
        } catch (OutOfMemoryError e) {
            // The tuples held are unreachable once here, so there is room to report it.
            emptyFolder(dir);
            throw new StoreException(dir + ": the sorted loader ran out of heap (its sorted runs take 70 % of what lies "
                    + "beyond 384 MB; the parser and node table need the rest): load again with more (OSINTKG_JAVA_OPTS=-Xmx…) "
                    + "or with --loader parallel", e);
        }
        long loaded = System.nanoTime();
        try (Store s = open(dir)) {
            s.summarize();
            long summarized = System.nanoTime();
            s.writeOptimizerStats();
            long done = System.nanoTime();
            return new Loaded(counts.quads() + counts.triples(), (loaded - start) / 1e9, (summarized - loaded) / 1e9,
                    (done - summarized) / 1e9, counts.runs());
        }
    }

    private static void emptyFolder(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            // the load's own error is the one to report
        }
    }

    /** True when dir holds no store yet: missing, or an empty folder. */
    public static boolean isNew(Path dir) {
        if (!Files.isDirectory(dir)) return !Files.exists(dir);
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot read the store folder: " + e.getMessage(), e);
        }
    }

    /**
     * Counts predicates and node frequencies over every quad and writes them where TDB2's query
     * optimizer reads them ({@code stats.opt}, used from the next time the store is opened), so
     * basic graph patterns are ordered by what the data holds rather than by fixed rules.
     */
    public void writeOptimizerStats() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        StatsResults results = tdb.calculateRead(() -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
            quads.findAll().forEachRemaining(t -> stats.record(t.get(0), t.get(1), t.get(2), t.get(3)));
            return stats.results();
        });
        Stats.write(tdb.getLocation().getPath(Names.optStats), results);
    }

    /**
     * Compacts the database files, dropping the old versions of index blocks that every write
     * transaction leaves behind (TDB2 copies the blocks it changes). Queries go on meanwhile.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Bytes the store's files take on disk. */
    public long diskBytes() {
        return diskBytes(dir);
    }

    /** Bytes the files of a store folder take on disk (open or closed); -1 when it cannot be read. */
    public static long diskBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static String fingerprint(DatasetGraph dsg, Node g) {
        var it = dsg.find(g, Node.ANY, Vocab.fingerprint, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** A hash of a graph's content; blank node labels, new at every parse, are left out. */
    private static String hash(Graph content) {
        List<String> lines = content.find().mapWith(t -> BLANK_LABEL.matcher(t.toString()).replaceAll("_:")).toList();
        return Iris.sha256(String.join("\n", lines.stream().sorted().toList()));
    }

    private static final java.util.regex.Pattern BLANK_LABEL = java.util.regex.Pattern.compile("_:[0-9A-Za-z]+");


    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
