package org.osintkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The sorted loader's tuples past its memory budget. While parsing, each full budget of tuples is
 * written out as it is (a raw file, in arrival order). For each index, every raw file is then read
 * back, put in the index's column order and sorted in memory (a run), and the runs are merged, k
 * ways, into the one sorted stream the B+tree writer takes. Only one index's runs are on disk at a
 * time: about twice the tuples' size (8 bytes per node id) besides the store.
 */
final class SortedRuns implements AutoCloseable {
    private static final int IO_BYTES = 1 << 20;

    private final Path tmp;
    private final int width;
    private final List<Path> raw = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();

    SortedRuns(Path tmp, int width) {
        this.tmp = tmp;
        this.width = width;
    }

    boolean spilled() {
        return !raw.isEmpty();
    }

    int rawFiles() {
        return raw.size();
    }

    /** Writes the first {@code size} tuples of the blocks to a new raw file. */
    void spill(List<long[]> blocks, int block, long size) {
        Path file = tmp.resolve("raw-" + width + "-" + raw.size() + ".bin");
        try {
            Files.createDirectories(tmp);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocateDirect(IO_BYTES);
                for (long i = 0; i < size; i += block) {
                    long[] b = blocks.get((int) (i / block));
                    int longs = (int) Math.min(block, size - i) * width;
                    write(ch, buf, b, longs);
                }
                flush(ch, buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write a sorted run: " + e.getMessage(), e);
        }
        raw.add(file);
    }

    /**
     * The tuples of every raw file in the column order of {@code slot} (slot[k] = the primary
     * column that goes k-th), sorted, as one stream; the run files go when the stream is done.
     */
    Iterator<long[]> merged(int[] slot) {
        deleteRuns();
        for (Path file : raw) runs.add(run(file, slot));
        List<RunReader> readers = new ArrayList<>();
        for (Path run : runs) readers.add(new RunReader(run, width));
        return new Merge(readers);
    }

    private Path run(Path file, int[] slot) {
        Path run = tmp.resolve("run-" + runs.size() + ".bin");
        try {
            long[] tuples = read(file);
            int n = tuples.length / width;
            long[] out = new long[tuples.length];
            for (int i = 0; i < n; i++) {
                // Scattered by a bijection, as for the in-memory sort: arrival order holds long sorted runs.
                int to = (int) ((i * 1_000_000_007L) % n) * width;
                for (int k = 0; k < width; k++) out[to + k] = tuples[i * width + slot[k]];
            }
            tuples = null;
            TupleSort.parallelSort(out, width, n);
            try (FileChannel ch = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocateDirect(IO_BYTES);
                write(ch, buf, out, out.length);
                flush(ch, buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot write a sorted run: " + e.getMessage(), e);
        }
        return run;
    }

    private static long[] read(Path file) throws IOException {
        long bytes = Files.size(file);
        if (bytes / 8 > Integer.MAX_VALUE - 8) throw new IOException("run too large: " + bytes + " bytes");
        long[] out = new long[(int) (bytes / 8)];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(IO_BYTES);
            int at = 0;
            while (at < out.length) {
                buf.clear();
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // a whole buffer, or the rest of the file (a whole number of longs either way)
                }
                buf.flip();
                int n = Math.min(buf.remaining() / 8, out.length - at);
                if (n == 0) throw new IOException(file + ": ends early");
                buf.asLongBuffer().get(out, at, n);
                at += n;
            }
        }
        return out;
    }

    private static void write(FileChannel ch, ByteBuffer buf, long[] values, int count) throws IOException {
        int at = 0;
        while (at < count) {
            if (buf.remaining() < 8) flush(ch, buf);
            int n = Math.min(count - at, buf.remaining() / 8);
            buf.asLongBuffer().put(values, at, n);
            buf.position(buf.position() + n * 8);
            at += n;
        }
    }

    private static void flush(FileChannel ch, ByteBuffer buf) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) ch.write(buf);
        buf.clear();
    }

    private void deleteRuns() {
        for (Path p : runs) delete(p);
        runs.clear();
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the folder's removal
        }
    }

    @Override
    public void close() {
        deleteRuns();
        for (Path p : raw) delete(p);
        raw.clear();
    }

    /** One sorted run, read a buffer at a time. */
    private static final class RunReader implements AutoCloseable {
        final FileChannel ch;
        final LongBuffer longs;
        final ByteBuffer buf = ByteBuffer.allocateDirect(IO_BYTES);
        final int width;
        long[] head;

        RunReader(Path run, int width) {
            this.width = width;
            try {
                ch = FileChannel.open(run, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            longs = buf.asLongBuffer();
            longs.limit(0);
            advance();
        }

        void advance() {
            try {
                if (longs.remaining() < width) {
                    // Refilled with whole tuples only, so a tuple never straddles two fills.
                    int tupleBytes = 8 * width;
                    buf.clear();
                    buf.limit(IO_BYTES / tupleBytes * tupleBytes);
                    while (buf.hasRemaining() && ch.read(buf) >= 0) {
                        // fill whole tuples
                    }
                    int n = buf.position() / 8;
                    longs.clear();
                    longs.limit(n);
                }
                if (longs.remaining() < width) {
                    head = null;
                    ch.close();
                    return;
                }
                long[] t = new long[width];
                longs.get(t);
                head = t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                ch.close();
            } catch (IOException e) {
                // reading is over
            }
        }
    }

    /** The k-way merge of sorted runs. */
    private static final class Merge implements Iterator<long[]> {
        private final PriorityQueue<RunReader> queue = new PriorityQueue<>((a, b) -> TupleSort.compare(a.head, b.head));

        Merge(List<RunReader> readers) {
            for (RunReader r : readers) {
                if (r.head != null) queue.add(r);
            }
        }

        @Override
        public boolean hasNext() {
            return !queue.isEmpty();
        }

        @Override
        public long[] next() {
            RunReader r = queue.poll();
            if (r == null) throw new NoSuchElementException();
            long[] t = r.head;
            r.advance();
            if (r.head != null) queue.add(r);
            return t;
        }
    }
}
