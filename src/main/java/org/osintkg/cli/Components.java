package org.osintkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osintkg.article.ArticleReader;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.CoreNlp;
import org.osintkg.pipeline.Pipeline;

/** Builds the parts a command needs, once. */
final class Components {
    private Components() {}

    static KnowledgeBase kb(List<Path> extra) throws IOException {
        return KnowledgeBase.load(extra);
    }

    static ArticleReader reader(KnowledgeBase kb, long maxBytes) {
        Set<String> outlets = new HashSet<>();
        for (ReferenceEntity e : kb.entities()) {
            if (e.kind().isOrganization()) {
                outlets.add(e.label());
                outlets.addAll(e.aliases());
            }
        }
        return new ArticleReader(outlets, maxBytes);
    }

    static Pipeline pipeline(KnowledgeBase kb) {
        return new Pipeline(new CoreNlp(), kb);
    }

}
