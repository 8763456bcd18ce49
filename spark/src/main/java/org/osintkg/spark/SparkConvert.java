package org.osintkg.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.osintkg.article.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of the Spark job: {@code spark-submit --class org.osintkg.spark.SparkConvert … PATH… -o OUT}. */
@Command(name = "osintkg-spark-convert", mixinStandardHelpOptions = true, description = {
        "convert as an Apache Spark job: reads articles (JSON Lines, text, HTML, WARC) from files or folders on any",
        "Hadoop file system, extracts them on the executors and writes gzipped N-Quads partitions plus manifest.json",
        "to OUT, a new folder. './osintkg load OUT' builds a store from it.",
        "Exit code: 0 when every input was converted, 1 when any failed."})
public final class SparkConvert implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Input files or folders (any Hadoop file system URI).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder (must not exist).")
    String output;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra KB Turtle files, readable by every executor (ship them with --files).")
    List<String> kb = new ArrayList<>();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input file read whole; a WARC file's cap is per record.")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to split the files over (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when spark-submit sets none (default local[*]).")
    String master;

    @Override
    public Integer call() throws Exception {
        SparkConf conf = new SparkConf().setAppName("osintkg-convert");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Manifest m = ConvertJob.run(sc, inputs, output, new ConvertJob.Options(kb, maxBytes, partitions));
            m.firstFailures().forEach(f -> System.err.println("failed: " + f));
            System.out.println(ConvertJob.describe(m));
            System.out.println("wrote " + output + " (manifest.json, " + m.rdf().size() + " N-Quads files)");
            return m.failures() == 0 ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkConvert()).execute(args));
    }
}
