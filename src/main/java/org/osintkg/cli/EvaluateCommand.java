package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.evaluate.Gold;
import org.osintkg.evaluate.Scorer;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.rdf.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", description = {
        "Scores extraction against gold annotations (the corpus JSON format): precision, recall and F1 per",
        "entity class and per claim type, and for (quantity, claimant) pairs. An article is paired with",
        "DIR/<file name without extension>.json; articles without gold are skipped."})
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

    /**
     * A stored copy of a page often lacks the masthead and date that a feed would carry; the gold
     * file's metadata fields (outlet, published) stand in for them. Entities and claims are never read.
     */
    static Article withFeedMetadata(Article a, Gold gold) {
        String outlet = a.outlet() != null ? a.outlet() : gold.outlet();
        java.time.LocalDate published = a.published();
        if (published == null && gold.published() != null) {
            published = org.osintkg.article.Dates.parse(gold.published()).orElse(null);
        }
        return new Article(a.source(), a.key(), a.body(), a.title(), outlet, a.author(), a.url(), published);
    }

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
        int scored = 0;
        for (Article a : articles) {
            String name = a.sourceName().replaceFirst("\\.[^.]+$", "");
            Path g = goldDir.resolve(name + ".json");
            if (!Files.isRegularFile(g)) {
                System.err.println("no gold for " + a.source() + " (looked for " + g + ")");
                continue;
            }
            Gold gold = Gold.read(g);
            Extraction x = pipeline.extract(withFeedMetadata(a, gold));
            scorer.add(x, a.body(), gold);
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

    /** The claim's evidence, shortened for one line. */
    private static String quote(String body, org.osintkg.extract.Claim c) {
        String q = body.substring(c.start(), c.end()).replaceAll("\\s+", " ");
        return q.length() > 160 ? q.substring(0, 157) + "..." : q;
    }
}
