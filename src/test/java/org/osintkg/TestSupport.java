package org.osintkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.article.Outlets;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.CoreNlp;
import org.osintkg.pipeline.Pipeline;

/** The real parts, loaded once per test JVM: CoreNLP's models take seconds to load. */
public final class TestSupport {
    private static KnowledgeBase kb;
    private static Pipeline pipeline;

    private TestSupport() {}

    public static synchronized KnowledgeBase kb() {
        if (kb == null) {
            try {
                kb = KnowledgeBase.load(List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kb;
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(new CoreNlp(), kb());
        return pipeline;
    }

    /** A reader as the commands build it (cli.Components): the KB's outlets, their domains and date order. */
    public static ArticleReader reader() {
        return new ArticleReader(outlets(kb()), ArticleReader.DEFAULT_MAX_BYTES, java.time.LocalDate.now());
    }

    public static Outlets outlets(KnowledgeBase kb) {
        Set<String> organizations = new HashSet<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        Set<String> dayFirst = new HashSet<>();
        for (ReferenceEntity e : kb.entities()) {
            if (!e.kind().isOrganization()) continue;
            organizations.add(e.label());
            organizations.addAll(e.aliases());
            if (e.kind() != org.osintkg.kb.EntityKind.OUTLET) continue;
            names.put(e.label(), e.label());
            for (String a : e.aliases()) names.putIfAbsent(a, e.label());
            String code = kb.isoCode(e.country());
            if (code != null && !code.equals("US")) dayFirst.add(e.label());
        }
        java.util.Map<String, String> domains = new java.util.HashMap<>();
        kb.publisherDomains().forEach((d, e) -> domains.put(d, e.label()));
        return new Outlets(organizations, names, domains, dayFirst);
    }

    public static Path seeds() {
        return Path.of("seeds");
    }

    /** Reads inputs, failing the test on any reader failure. */
    public static List<Article> read(String... inputs) {
        List<Article> out = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader().read(List.of(inputs), System.in, out::add, failures::add);
        if (!failures.isEmpty()) throw new AssertionError("reader failures: " + failures);
        return out;
    }
}
