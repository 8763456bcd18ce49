package org.osintkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osintkg.article.ArticleReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads articles through the pipeline takes: the inputs and how to read them. */
final class ArticleOptions {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders (recursive) or - for stdin.")
    List<String> inputs;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra reference KB Turtle files or folders.")
    List<Path> kb = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;
}
