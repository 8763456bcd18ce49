package org.osintkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Summary;
import org.osintkg.store.RdfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "convert", description = {
        "Reads articles like ingest does but writes the graphs to an RDF file instead of a store: N-Quads,",
        "or TriG when the name ends in .trig (.gz compresses), with the ontology and KB graphs. Load it with",
        "'load' (the TDB2 bulk loader) or into any quad store. Needs no store and holds no batch in memory.",
        "Exit code: 0 when every input was converted, 1 when any failed."})
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    ArticleOptions articles;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file: .nq, .nq.gz, .trig or .trig.gz.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Instant start = Instant.now();
        KnowledgeBase knowledge = Components.kb(articles.kb);
        Summary summary;
        try (RdfFiles out = RdfFiles.create(output)) {
            out.putReferences(knowledge.graph());
            summary = IngestCommand.run(out, knowledge, articles.inputs, articles.threads, articles.maxBytes, articles.quiet);
        }
        summary.print(System.out, Duration.between(start, Instant.now()));
        return summary.failed() == 0 ? 0 : 1;
    }
}
