package org.osintkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads RDF files into an empty TDB2 store by sorting instead of inserting: the files are parsed once
 * and every node is given its id, then each index is sorted and its B+tree written bottom up, page by
 * page. TDB2's own bulk loaders insert every quad into six B+trees in arrival order, which is where
 * most of their time goes on two cores. Only for an empty store: the indexes are written whole. Past
 * its memory budget the tuples go to sorted runs on disk ({@link SortedRuns}), merged per index.
 */
final class SortedLoader {
    private static final String[] TRIPLE_INDEXES = {"SPO", "POS", "OSP"};
    private static final String[] QUAD_INDEXES = {"GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG"};
    /** Most tuples per block of {@link Tuples}; the budget is checked a block at a time. */
    private static final int BLOCK = 1 << 16;

    private final Path dir;
    private final long maxLongs;
    private final int block;
    private final Path spillDir;
    private final Tuples triples;
    private final Tuples quads;

    /** What was loaded: quads in named graphs plus triples in the default graph; runs spilled to disk per index. */
    record Counts(long quads, long triples, int runs) {}

    private SortedLoader(Path dir, long maxLongs) {
        this.dir = dir;
        this.maxLongs = maxLongs;
        // A small budget gets small blocks, so that a block never overshoots it by much.
        this.block = (int) Math.min(BLOCK, Math.max(256, maxLongs / 64));
        this.spillDir = dir.resolve("sorted-runs");
        this.triples = new Tuples(3, new SortedRuns(spillDir, 3));
        this.quads = new Tuples(4, new SortedRuns(spillDir, 4));
    }

    /**
     * Loads the files into the empty store in dir; the store must not be open in this process. The
     * tuples and one sorted copy of them live together, 16 bytes per node id, in 70 % of the heap
     * beyond 384 MB (the rest is the parser's and the node table's caches); past that they go to
     * sorted runs on disk, merged when each index is written.
     */
    static Counts load(Path dir, List<String> files) {
        return load(dir, files, Math.max(0, Runtime.getRuntime().maxMemory() - (384L << 20)) * 7 / 10 / 16);
    }

    /** As {@link #load(Path, List)}, with a memory budget of {@code maxLongs} node ids (at least one block). */
    static Counts load(Path dir, List<String> files, long maxLongs) {
        return new SortedLoader(dir, Math.max(maxLongs, 4096)).run(files);
    }

    private Counts run(List<String> files) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
        try (SortedRuns t = triples.runs; SortedRuns q = quads.runs) {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            long[] counts = new long[2];
            tdb.executeWrite(() -> parse(files, tdb.getQuadTable().getNodeTupleTable().getNodeTable(), counts));
            int runs = Math.max(triples.runs.rawFiles(), quads.runs.rawFiles());
            build(tdb, triples, TRIPLE_INDEXES, "SPO");
            build(tdb, quads, QUAD_INDEXES, "GSPO");
            return new Counts(counts[1], counts[0], runs == 0 ? 0 : runs + 1);
        } finally {
            TDBInternal.expel(dsg);
            deleteSpillDir();
        }
    }

    private void deleteSpillDir() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(spillDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // nothing was spilled, or it is gone already
        }
    }

    /**
     * Parses on a thread of its own while this one gives the nodes their ids: the two take about the
     * same time, so on two cores the pipeline halves the step.
     */
    private void parse(List<String> files, NodeTable nodes, long[] counts) {
        BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(16);
        RuntimeException[] failure = new RuntimeException[1];
        Thread parser = new Thread(() -> {
            try {
                Batcher batcher = new Batcher(queue);
                for (String f : files) {
                    RDFParser.source(f).parse(batcher);
                }
                batcher.flush();
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                putQuietly(queue, END);
            }
        }, "osintkg-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            for (List<Quad> batch = queue.take(); batch != END; batch = queue.take()) {
                for (Quad q : batch) {
                    if (q.isDefaultGraph()) {
                        triples.add(id(nodes, q.getSubject()), id(nodes, q.getPredicate()), id(nodes, q.getObject()), 0);
                        counts[0]++;
                    } else {
                        quads.add(id(nodes, q.getGraph()), id(nodes, q.getSubject()), id(nodes, q.getPredicate()), id(nodes, q.getObject()));
                        counts[1]++;
                    }
                }
            }
            parser.join();
        } catch (InterruptedException e) {
            parser.interrupt();
            Thread.currentThread().interrupt();
            throw new StoreException(dir + ": the load was interrupted", e);
        } catch (RuntimeException e) {
            parser.interrupt();
            throw e;
        }
        if (failure[0] != null) throw failure[0];
    }

    private static final List<Quad> END = List.of();

    private static void putQuietly(BlockingQueue<List<Quad>> queue, List<Quad> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands parsed quads over in batches; triples become quads in the default graph. */
    private static final class Batcher extends StreamRDFBase {
        private final BlockingQueue<List<Quad>> queue;
        private List<Quad> batch = new ArrayList<>(BATCH);
        private static final int BATCH = 10_000;

        Batcher(BlockingQueue<List<Quad>> queue) { this.queue = queue; }

        @Override public void triple(Triple t) { quad(Quad.create(Quad.defaultGraphIRI, t)); }

        @Override public void quad(Quad q) {
            batch.add(q);
            if (batch.size() == BATCH) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("parser interrupted", e);
            }
            batch = new ArrayList<>(BATCH);
        }
    }

    private static long id(NodeTable nodes, Node n) {
        return asLong(nodes.getAllocateNodeId(n));
    }

    private static long asLong(NodeId id) {
        byte[] b = new byte[SystemTDB.SizeOfNodeId];
        NodeIdFactory.set(id, b, 0);
        return Bytes.getLong(b, 0);
    }

    /** Tuples of node ids, in the primary order, kept in blocks so that growing never copies; spilled past the budget. */
    private final class Tuples {
        final int width;
        final SortedRuns runs;
        final List<long[]> blocks = new ArrayList<>();
        long size;

        Tuples(int width, SortedRuns runs) {
            this.width = width;
            this.runs = runs;
        }

        void spill() {
            if (size == 0) return;
            runs.spill(blocks, block, size);
            blocks.clear();
            size = 0;
        }

        void add(long a, long b, long c, long d) {
            if (size % block == 0) {
                if ((triples.size + quads.size + block) * 4 > maxLongs) {
                    triples.spill();
                    quads.spill();
                }
                blocks.add(new long[block * width]);
            }
            long[] arr = blocks.get(blocks.size() - 1);
            int at = (int) (size % block) * width;
            arr[at] = a;
            arr[at + 1] = b;
            arr[at + 2] = c;
            if (width == 4) arr[at + 3] = d;
            size++;
        }
    }

    private void build(DatasetGraphTDB tdb, Tuples tuples, String[] indexes, String primary) {
        if (tuples.runs.spilled()) {
            tuples.spill();
            for (String name : indexes) {
                pack(tdb, name, tuples.width, tuples.runs.merged(slot(TupleMap.create(primary, name), tuples.width)));
            }
            return;
        }
        if (tuples.size == 0) return;
        for (String name : indexes) {
            long[] sorted = sorted(tuples, TupleMap.create(primary, name));
            pack(tdb, name, tuples.width, new SortedTuples(sorted, tuples.width));
        }
    }

    /** For each column of an index, the primary-order column it takes. */
    private static int[] slot(TupleMap map, int w) {
        int[] slot = new int[w];
        var mapped = map.map(w == 3 ? TupleFactory.create3(0, 1, 2) : TupleFactory.create4(0, 1, 2, 3));
        for (int k = 0; k < w; k++) slot[k] = mapped.get(k);
        return slot;
    }

    /** A copy of the tuples in an index's column order, sorted. */
    private long[] sorted(Tuples tuples, TupleMap map) {
        int w = tuples.width;
        int[] slot = slot(map, w);
        long n = tuples.size;
        if (n * w > Integer.MAX_VALUE - 8) throw new StoreException("too many tuples for one sorted load: " + n, null);
        long[] out = new long[(int) (n * w)];
        for (long i = 0; i < n; i++) {
            long[] src = tuples.blocks.get((int) (i / block));
            int at = (int) (i % block) * w;
            // Scattered by a bijection (a prime larger than n is coprime to it): the tuples arrive in
            // long sorted runs, on which a quicksort slows down several times.
            int to = (int) ((i * 1_000_000_007L) % n) * w;
            for (int k = 0; k < w; k++) out[to + k] = src[at + slot[k]];
        }
        TupleSort.parallelSort(out, w, (int) n);
        return out;
    }

    private static void pack(DatasetGraphTDB tdb, String name, int width, Iterator<long[]> sortedTuples) {
        TupleIndexRecord index = (TupleIndexRecord) TDBInternal.findIndex(tdb, name);
        RecordFactory rf = index.getRangeIndex().getRecordFactory();
        BPlusTree bpt = (BPlusTree) index.getRangeIndex();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, rf), rf);
        Iterator<Record> records = new Iterator<Record>() {
            long[] previous;
            long[] next = advance();
            private long[] advance() {
                while (sortedTuples.hasNext()) {
                    long[] t = sortedTuples.next();
                    if (previous == null || TupleSort.compare(previous, t) != 0) {
                        previous = t;
                        return t;
                    }
                }
                return null;
            }
            @Override public boolean hasNext() { return next != null; }
            @Override public Record next() {
                if (next == null) throw new NoSuchElementException();
                byte[] key = new byte[width * SystemTDB.SizeOfNodeId];
                for (int k = 0; k < width; k++) Bytes.setLong(next[k], key, k * SystemTDB.SizeOfNodeId);
                next = advance();
                return rf.create(key);
            }
        };
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records, params, rf,
                bpt.getStateManager().getBufferChannel(), bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr()));
    }

    /** The tuples of a sorted array, one at a time. */
    private static final class SortedTuples implements Iterator<long[]> {
        private final long[] data;
        private final int width;
        private int at;

        SortedTuples(long[] data, int width) {
            this.data = data;
            this.width = width;
        }

        @Override public boolean hasNext() { return at < data.length; }

        @Override public long[] next() {
            if (at >= data.length) throw new NoSuchElementException();
            long[] t = new long[width];
            System.arraycopy(data, at, t, 0, width);
            at += width;
            return t;
        }
    }
}
