package org.osintkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.osintkg.article.ArticleReader;
import org.osintkg.cli.Components;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Pipeline;

/**
 * The parts one executor JVM extracts with, built on its first task and kept for the rest: the
 * CoreNLP models load once per executor, not per record or task. The pipeline is thread-safe, so
 * the executor's task threads share it.
 */
final class Executor {
    private static Executor instance;

    final KnowledgeBase kb;
    final Pipeline pipeline;
    final ArticleReader reader;

    private Executor(List<String> kbFiles, long maxBytes) {
        try {
            kb = Components.kb(kbFiles.stream().map(Path::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the knowledge base: " + e.getMessage(), e);
        }
        pipeline = Components.pipeline(kb);
        reader = Components.reader(kb, maxBytes);
    }

    /** This JVM's parts; the first call builds them (the options are the job's, the same for every task). */
    static synchronized Executor get(List<String> kbFiles, long maxBytes) {
        if (instance == null) instance = new Executor(kbFiles, maxBytes);
        return instance;
    }
}
