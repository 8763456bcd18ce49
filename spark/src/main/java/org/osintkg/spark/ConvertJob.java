package org.osintkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.osintkg.cli.Components;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.store.RdfFiles;
import scala.Tuple2;

/**
 * {@code convert} as a Spark job. The inputs (files or folders on any Hadoop file system: JSON
 * Lines, text, HTML, WARC) are listed on the driver in the order {@code convert} reads them; each
 * task extracts its files with the executor's pipeline ({@link ExtractTask}) and writes
 * {@code reports/part-NNNNN.nq.gz}; one shuffle decides the labels of new entities
 * ({@code labels/part-NNNNN.nq.gz}); the driver writes the ontology and KB graphs
 * ({@code reference.nq.gz}), the failures ({@code failures/}) and {@code manifest.json}. Together
 * they are the quads {@code convert} writes for the same inputs.
 */
public final class ConvertJob {
    private ConvertJob() {}

    /** The job's options: extra KB files (readable by every executor), the per-file cap, the tasks wanted. */
    public record Options(List<String> kbFiles, long maxBytes, int partitions) {}

    public static Manifest run(JavaSparkContext sc, List<String> inputs, String output, Options options) throws IOException {
        long start = System.nanoTime();
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) throw new IOException(output + ": exists already (the job writes a new folder)");
        outFs.mkdirs(new Path(out, "reports"));
        List<String> failures = new ArrayList<>();
        Map<String, String> qualified = new java.util.LinkedHashMap<>();
        Map<String, ExtractTask.InputFile> files = list(conf, inputs, qualified, failures);
        List<String> paths = List.copyOf(qualified.values());
        Broadcast<Map<String, ExtractTask.InputFile>> broadcast = sc.broadcast(files);
        HadoopConf hc = new HadoopConf(conf);
        int partitions = Math.max(1, options.partitions() > 0 ? options.partitions() : sc.defaultParallelism());
        JavaRDD<Record> records = paths.isEmpty() ? sc.emptyRDD()
                : sc.parallelize(paths, Math.min(partitions, paths.size()))
                        .mapPartitionsWithIndex(new ExtractTask(broadcast, new Path(out, "reports").toString(), hc,
                                options.kbFiles(), options.maxBytes()), false)
                        .persist(StorageLevel.MEMORY_AND_DISK());

        String labelsDir = new Path(out, "labels").toString();
        records.filter(r -> r.kind() == Record.Kind.LABEL)
                .mapToPair(r -> new Tuple2<>(r.a(), new Tuple2<>(r.c(), new Tuple2<>(r.b(), r.d()))))
                .groupByKey(partitions)
                .flatMap(Labels::lines)
                .saveAsTextFile(labelsDir, GzipCodec.class);
        long labelQuads = sc.textFile(labelsDir).count();
        records.filter(r -> r.kind() == Record.Kind.FAILURE).map(r -> r.a() + "\t" + r.b())
                .saveAsTextFile(new Path(out, "failures").toString());
        List<String> named = new ArrayList<>(failures);
        named.addAll(records.filter(r -> r.kind() == Record.Kind.FAILURE).map(r -> r.a() + ": " + r.b())
                .take(Manifest.NAMED_FAILURES));
        Map<String, Long> byReason = new TreeMap<>(records.filter(r -> r.kind() == Record.Kind.FAILURE)
                .map(r -> org.osintkg.pipeline.Summary.kind(r.b())).countByValue());
        failures.forEach(f -> byReason.merge("no such file or folder", 1L, Long::sum));
        List<PartitionCounts> parts = new ArrayList<>(records.filter(r -> r.kind() == Record.Kind.PARTITION)
                .map(r -> Manifest.partition(r.a())).collect());
        parts.sort(Comparator.comparingInt(PartitionCounts::partition));
        records.unpersist();

        List<String> rdf = renameParts(outFs, new Path(labelsDir));
        writeReference(sc, conf, new Path(out, "reference.nq.gz"), options.kbFiles());
        rdf.add("reference.nq.gz");
        for (PartitionCounts p : parts) rdf.add("reports/" + p.file());
        long articles = parts.stream().mapToLong(PartitionCounts::articles).sum();
        long quads = parts.stream().mapToLong(PartitionCounts::quads).sum();
        long failed = parts.stream().mapToLong(PartitionCounts::failures).sum() + failures.size();
        Manifest m = new Manifest(Pipeline.VERSION, sc.master(), inputs, files.size(), articles, quads, labelQuads,
                failed, byReason, named, parts, rdf, (System.nanoTime() - start) / 1e9);
        try (OutputStream os = outFs.create(new Path(out, "manifest.json"), false)) {
            os.write(Manifest.json(m).getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    /**
     * The input files in the order convert reads them: inputs in order, a folder's files (hidden
     * ones under it skipped) sorted by path, each by its key; {@code qualified} gets their full
     * paths in that order. A missing input is a failure.
     */
    static Map<String, ExtractTask.InputFile> list(Configuration conf, List<String> inputs, Map<String, String> qualified,
                                                   List<String> failures)
            throws IOException {
        Map<String, ExtractTask.InputFile> files = new java.util.LinkedHashMap<>();
        for (String input : inputs) {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                failures.add(input + ": no such file or folder");
                continue;
            }
            List<FileStatus> found = new ArrayList<>();
            FileStatus st = fs.getFileStatus(root);
            if (st.isFile()) {
                found.add(st);
            } else {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                String prefix = fs.makeQualified(root).toUri().getPath();
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String rel = f.getPath().toUri().getPath().substring(Math.min(prefix.length(), f.getPath().toUri().getPath().length()));
                    if (!hidden(rel)) found.add(f);
                }
                found.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
            }
            for (FileStatus f : found) {
                String key = ExtractTask.fileKey(f.getPath().toString());
                if (files.containsKey(key)) continue;
                files.put(key, new ExtractTask.InputFile(files.size(), f.getModificationTime()));
                qualified.put(key, fs.makeQualified(f.getPath()).toString());
            }
        }
        return files;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    /** Spark's part-NNNNN.gz made part-NNNNN.nq.gz, so every RDF reader knows them; their names, relative to the output. */
    private static List<String> renameParts(FileSystem fs, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (!name.startsWith("part-") || !name.endsWith(".gz")) continue;
            String rdf = name.replaceFirst("\\.gz$", ".nq.gz");
            fs.rename(f.getPath(), new Path(dir, rdf));
            names.add(dir.getName() + "/" + rdf);
        }
        names.sort(null);
        return names;
    }

    /** The ontology and KB graphs as convert writes them, written here and copied to the output. */
    private static void writeReference(JavaSparkContext sc, Configuration conf, Path target, List<String> kbFiles)
            throws IOException {
        java.nio.file.Path local = Files.createTempFile("osintkg-reference", ".nq.gz");
        try {
            KnowledgeBase kb = Components.kb(kbFiles.stream().map(java.nio.file.Path::of).toList());
            try (RdfFiles out = RdfFiles.create(local)) {
                out.putReferences(kb.graph());
            }
            target.getFileSystem(conf).copyFromLocalFile(true, true, new Path(local.toUri()), target);
        } finally {
            Files.deleteIfExists(local);
        }
    }

    static String describe(Manifest m) {
        return String.format(Locale.ROOT, "files: %d, articles: %d, failed: %d, quads: %d (+%d label quads), "
                        + "partitions: %d, elapsed: %.1f s (%.1f articles/s)", m.files(), m.articles(), m.failures(),
                m.quads(), m.labelQuads(), m.partitions().size(), m.seconds(), m.articles() / Math.max(0.001, m.seconds()));
    }
}
