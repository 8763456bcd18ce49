package org.osintkg.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.rdf.ReportGraphs;

/**
 * One task: reads its input files (by path, from any Hadoop file system; seekable, so a WARC reader
 * can step over a cut gzip member) as {@code convert} reads them (every format, WARC record by
 * record), extracts each article with the executor's pipeline and streams the report graphs to its
 * own gzipped N-Quads part file. It hands back only what needs the whole job: the labels articles
 * propose for new entities (the first in input order wins, as in {@code convert}), the failures and
 * its counts. The part file is written under a temporary name and renamed when whole, so a retried
 * task replaces it.
 */
final class ExtractTask implements Function2<Integer, Iterator<String>, Iterator<Record>> {
    private static final long serialVersionUID = 1L;

    /** An input file: its place in convert's reading order and its modification time (the day of retrieval). */
    record InputFile(int order, long modified) implements java.io.Serializable {}

    private final Broadcast<Map<String, InputFile>> files;
    private final String reportsDir;
    private final HadoopConf conf;
    private final List<String> kbFiles;
    private final long maxBytes;

    ExtractTask(Broadcast<Map<String, InputFile>> files, String reportsDir, HadoopConf conf, List<String> kbFiles, long maxBytes) {
        this.files = files;
        this.reportsDir = reportsDir;
        this.conf = conf;
        this.kbFiles = List.copyOf(kbFiles);
        this.maxBytes = maxBytes;
    }

    /** The key that orders an input file's articles as convert reads them. */
    static String fileKey(String path) {
        return new Path(path).toUri().getPath();
    }

    @Override
    public Iterator<Record> call(Integer partition, Iterator<String> inputs) throws IOException {
        long start = System.nanoTime();
        Executor ex = Executor.get(kbFiles, maxBytes);
        List<Record> out = new ArrayList<>();
        String name = String.format(Locale.ROOT, "part-%05d.nq.gz", partition);
        Path part = new Path(reportsDir, name);
        Path tmp = new Path(reportsDir, "_tmp-" + name + "-" + Instant.now().toEpochMilli() + "-" + System.nanoTime());
        FileSystem fs = part.getFileSystem(conf.get());
        long[] counts = new long[3]; // articles, quads, failures
        int read = 0;
        try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(fs.create(tmp, true), 1 << 16), 1 << 16)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            stream.start();
            while (inputs.hasNext()) {
                read++;
                extractFile(ex, inputs.next(), stream, out, counts);
            }
            stream.finish();
        }
        if (fs.exists(part)) fs.delete(part, false);
        if (!fs.rename(tmp, part)) throw new IOException("cannot rename " + tmp + " to " + part);
        double secs = (System.nanoTime() - start) / 1e9;
        out.add(new Record(Record.Kind.PARTITION, Manifest.json(new PartitionCounts(partition, name, read, counts[0],
                counts[1], counts[2], secs)), null, null, null));
        return out.iterator();
    }

    private void extractFile(Executor ex, String path, StreamRDF stream, List<Record> out,
                             long[] counts) {
        InputFile file = files.value().get(fileKey(path));
        int order = file == null ? Integer.MAX_VALUE : file.order();
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf.get());
            ex.reader.read(path, new HadoopChannel(fs.open(p), fs.getFileStatus(p).getLen()), retrieved(file),
                    articles::add, failures::add);
        } catch (IOException e) {
            failures.add(new ArticleException(path, "cannot read: " + e.getMessage()));
        }
        int n = 0;
        for (Article a : articles) {
            String key = String.format(Locale.ROOT, "%09d:%09d", order, n++);
            ReportGraphs r;
            try {
                r = ex.pipeline.process(a);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new ArticleException(a.source(), "extraction failed: " + e));
                continue;
            }
            r.graph().find().forEachRemaining(t -> stream.quad(new Quad(r.report(), t)));
            counts[1] += r.graph().size();
            String graph = r.report().getURI();
            r.labels().forEach((entity, label) -> out.add(Record.label(entity.getURI(), label, key, graph)));
            counts[0]++;
        }
        for (ArticleException f : failures) out.add(Record.failure(f.source(), f.reason()));
        counts[2] += failures.size();
    }

    /** As the reader dates a local file: its modification day, never after today. */
    private static LocalDate retrieved(InputFile file) {
        LocalDate today = LocalDate.now();
        if (file == null || file.modified() <= 0) return today;
        LocalDate saved = LocalDate.ofInstant(Instant.ofEpochMilli(file.modified()), ZoneId.systemDefault());
        return saved.isAfter(today) ? today : saved;
    }
}
