package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.Dates;
import org.osintkg.evaluate.Gold;
import org.osintkg.evaluate.MetadataScore;
import org.osintkg.evaluate.Scorer;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.rdf.Extraction;
import org.osintkg.resolve.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", description = {
        "Scores what ingest stores against gold annotations (the corpus JSON format): outlet and date",
        "accuracy per article and overall, precision, recall and F1 per entity class and per claim type,",
        "and for (quantity, claimant) pairs. An article is paired with DIR/<file name without extension>.json;",
        "articles without gold are skipped. No gold field is ever used as input."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path goldDir;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article files or folders.")
    List<String> inputs;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra reference KB Turtle files.")
    List<Path> kb = new ArrayList<>();

    @Option(names = "--same", paramLabel = "FILE",
            description = "Names that denote one entity across articles ('a | b | c' lines), for the split/merge figures.")
    Path same;

    @Option(names = "--verbose", description = "Print each article's claims and the split and merged entities.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase knowledge = Components.kb(kb);
        Pipeline pipeline = Components.pipeline(knowledge);
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        Components.reader(knowledge, org.osintkg.article.ArticleReader.DEFAULT_MAX_BYTES)
                .read(inputs, System.in, articles::add, failures::add);
        for (ArticleException f : failures) System.err.println("failed: " + f.getMessage());
        Scorer scorer = new Scorer();
        if (same != null) {
            for (String line : Files.readAllLines(same)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                scorer.same(java.util.Arrays.stream(line.split("\\|")).map(String::strip).toList());
            }
        }
        LocalDate today = LocalDate.now();
        MetadataScore metadata = new MetadataScore(Dates.EARLIEST, today.plusDays(1));
        List<String> metadataLines = new ArrayList<>();
        int scored = 0;
        for (Article a : articles) {
            String name = a.sourceName().replaceFirst("\\.[^.]+$", "");
            Path g = goldDir.resolve(name + ".json");
            if (!Files.isRegularFile(g)) {
                System.err.println("no gold for " + a.source() + " (looked for " + g + ")");
                continue;
            }
            Gold gold = Gold.read(g);
            Extraction x = pipeline.extract(a);
            scorer.add(x, a, gold);
            metadataLines.add(metadata.add(name, x.outlet() == null ? null : x.outlet().label(), names(knowledge, x.outlet()),
                    a.published(), a.dateSource() == null ? null : a.dateSource().name().toLowerCase(Locale.ROOT), gold));
            scored++;
            if (verbose) {
                System.out.println("== " + name);
                x.claims().forEach(c -> System.out.println("  " + c.claim().type() + " " + c.claimantIri() + " "
                        + (c.claim().quantity() == null ? "" : c.claim().quantity().value())
                        + (c.claim().denies() ? " denies" : "") + "  | " + quote(a.body(), c.claim())
                        + "  [claimant: " + claimantNames(x, c) + "]"));
            }
        }
        System.out.println("articles scored: " + scored);
        System.out.println("outlet and date per article");
        metadataLines.forEach(System.out::println);
        System.out.print(metadata.report());
        System.out.print(scorer.report());
        if (verbose) scorer.identityErrors().forEach(System.out::println);
        return failures.isEmpty() ? 0 : 1;
    }

    /** The names the claimant goes by in the report, as the scorer compares them. */
    private static String claimantNames(org.osintkg.rdf.Extraction x, org.osintkg.resolve.ResolvedClaim c) {
        java.util.List<org.osintkg.resolve.Entity> all = new java.util.ArrayList<>(x.entities());
        if (x.outlet() != null) all.add(x.outlet());
        return all.stream().filter(e -> e.iri().equals(c.claimantIri())).findFirst()
                .map(e -> e.label() + "|" + String.join("|", e.surfaceForms())).orElse("");
    }

    /** The outlet's label, the forms the article gave it and, for a KB outlet, the KB's other names. */
    private static Set<String> names(KnowledgeBase kb, Entity outlet) {
        Set<String> out = new LinkedHashSet<>();
        if (outlet == null) return out;
        out.add(outlet.label());
        out.addAll(outlet.surfaceForms());
        if (outlet.kbIri() != null) {
            kb.get(outlet.kbIri()).ifPresent(e -> {
                out.add(e.label());
                out.addAll(e.aliases());
            });
        }
        return out;
    }

    /** The claim's evidence, shortened for one line. */
    private static String quote(String body, org.osintkg.extract.Claim c) {
        String q = body.substring(c.start(), c.end()).replaceAll("\\s+", " ");
        return q.length() > 160 ? q.substring(0, 157) + "..." : q;
    }
}
