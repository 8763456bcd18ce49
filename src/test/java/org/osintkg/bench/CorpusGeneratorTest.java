package org.osintkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.rdf.Extraction;

class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator(TestSupport.kb(), 42);

    @Test
    void articlesAreDistinctAndRepeatable() {
        Set<String> urls = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ObjectNode a = generator.article(i);
            urls.add(a.get("url").asText());
            texts.add(a.get("text").asText());
        }
        assertEquals(500, urls.size());
        assertEquals(500, texts.size());
        assertEquals(generator.article(7), new CorpusGenerator(TestSupport.kb(), 42).article(7));
        assertTrue(!generator.article(7).equals(new CorpusGenerator(TestSupport.kb(), 43).article(7)));
    }

    /** The generated feed reads as articles and gives the extractor people, places and claims to find. */
    @Test
    void articlesExerciseTheWholePipeline() throws Exception {
        java.nio.file.Path feed = java.nio.file.Files.createTempFile("bench", ".jsonl");
        try {
            generator.writeFeed(feed, 0, 20);
            List<Article> articles = new java.util.ArrayList<>();
            List<ArticleException> failures = new java.util.ArrayList<>();
            TestSupport.reader().read(List.of(feed.toString()), System.in, articles::add, failures::add);
            assertEquals(List.of(), failures);
            assertEquals(20, articles.size());
            int claims = 0;
            int people = 0;
            for (Article a : articles) {
                Extraction x = TestSupport.pipeline().extract(a);
                claims += x.claims().size();
                people += (int) x.entities().stream().filter(e -> e.kind() == org.osintkg.kb.EntityKind.PERSON).count();
            }
            assertTrue(claims >= 60, "claims in 20 generated articles: " + claims);
            assertTrue(people >= 60, "people in 20 generated articles: " + people);
        } finally {
            java.nio.file.Files.deleteIfExists(feed);
        }
    }

    @Test
    void ordinals() {
        assertEquals("1st", CorpusGenerator.ordinal(1));
        assertEquals("12th", CorpusGenerator.ordinal(12));
        assertEquals("22nd", CorpusGenerator.ordinal(22));
        assertEquals("113th", CorpusGenerator.ordinal(113));
        assertEquals("153rd", CorpusGenerator.ordinal(153));
    }

    @Test
    void articlesAreAsLongAsTheRealOnesTheyDrawFrom() {
        List<Integer> real = CorpusGenerator.realLengths();
        assertTrue(real.size() >= 90, "real lengths: " + real.size());
        CorpusGenerator longOnes = new CorpusGenerator(TestSupport.kb(), 42, List.of(2000));
        for (int i = 0; i < 20; i++) {
            int tokens = CorpusGenerator.estimatedTokens(longOnes.article(i).get("text").asText());
            assertTrue(tokens >= 2000 && tokens < 2200, "article " + i + ": " + tokens + " tokens");
        }
        CorpusGenerator shortOnes = new CorpusGenerator(TestSupport.kb(), 42, List.of(100));
        assertTrue(CorpusGenerator.estimatedTokens(shortOnes.article(0).get("text").asText()) < 160);
    }
}
