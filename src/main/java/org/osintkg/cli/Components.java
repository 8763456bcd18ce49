package org.osintkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osintkg.article.ArticleReader;
import org.osintkg.article.Outlets;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.CoreNlp;
import org.osintkg.pipeline.Pipeline;

/** Builds the parts a command needs, once (public for the Spark job, which builds them once per executor). */
public final class Components {
    private Components() {}

    public static KnowledgeBase kb(List<Path> extra) throws IOException {
        return KnowledgeBase.load(extra);
    }

    public static ArticleReader reader(KnowledgeBase kb, long maxBytes) {
        return new ArticleReader(outlets(kb), maxBytes, LocalDate.now());
    }

    /**
     * What the reader needs of the KB's outlets, as plain names: every organization's names (for
     * mastheads), each outlet's names, the domains of outlets and of organizations with sites of
     * their own, and the publishers of a known country other than the US (they write 06/07 for 6 July).
     */
    static Outlets outlets(KnowledgeBase kb) {
        Set<String> organizations = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        Set<String> dayFirst = new HashSet<>();
        for (ReferenceEntity e : kb.entities()) {
            if (!e.kind().isOrganization()) continue;
            organizations.add(e.label());
            organizations.addAll(e.aliases());
            String code = kb.isoCode(e.country());
            if (code != null && !code.equals("US")) dayFirst.add(e.label());
            if (e.kind() != EntityKind.OUTLET) continue;
            names.put(e.label(), e.label());
            for (String a : e.aliases()) names.putIfAbsent(a, e.label());
        }
        Map<String, String> domains = new HashMap<>();
        kb.publisherDomains().forEach((d, e) -> domains.put(d, e.label()));
        return new Outlets(organizations, names, domains, dayFirst);
    }

    public static Pipeline pipeline(KnowledgeBase kb) {
        return new Pipeline(new CoreNlp(), kb);
    }

}
