package org.osintkg.extract;

import java.util.List;
import org.osintkg.TestSupport;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.CoreNlp;

/** Invented text through the real tagger and name finder, as the claim stages receive it. */
final class Sentences {
    private static CoreNlp nlp;
    private static EntityExtractor entities;

    private Sentences() {}

    static synchronized AnnotatedText annotate(String text) {
        if (nlp == null) {
            nlp = new CoreNlp();
            entities = new EntityExtractor(TestSupport.kb());
        }
        return nlp.annotate(text);
    }

    static synchronized List<Mention> mentions(AnnotatedText doc) {
        return entities.find(doc).all();
    }

    /** The first sentence of a text, alone in its paragraph. */
    static SentenceView first(String text) {
        AnnotatedText doc = annotate(text);
        List<Mention> all = mentions(doc);
        var s = doc.sentences().get(0);
        List<Mention> in = all.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
        return new SentenceView(text, text.substring(s.start(), s.end()), s.start(), s.end(), in, false);
    }

    /** The words of a source: its mention's text, or how an unnamed source is described. */
    static String name(Claim.Source s) {
        if (s == null) return null;
        return s.mention() != null ? s.mention().text() : s.anonymous();
    }
}
