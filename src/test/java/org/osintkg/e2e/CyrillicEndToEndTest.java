package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.rdf.Vocab;

/**
 * A Ukrainian, a Russian and an English article about the same people, through the real reader
 * (language detection), the real CoreNLP for the English one and the mapping to RDF: each person is
 * one IRI across the three, and each report says its language; quotes index the Cyrillic body.
 */
class CyrillicEndToEndTest {
    private static final String ID = "https://w3id.org/osintkg/id/";

    private static ReportGraphs read(String name, String text) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        TestSupport.reader().parse(name, text.getBytes(StandardCharsets.UTF_8), articles::add, failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        return TestSupport.pipeline().process(articles.get(0));
    }

    private static Set<String> mentioned(ReportGraphs g) {
        return g.graph().find(Node.ANY, Vocab.mentionedIn, g.report()).toList().stream()
                .map(t -> t.getSubject().getURI()).collect(Collectors.toSet());
    }

    private static String language(ReportGraphs g) {
        List<Triple> t = g.graph().find(g.report(), Vocab.dctLanguage, Node.ANY).toList();
        assertEquals(1, t.size());
        return t.get(0).getObject().getLiteralLexicalForm();
    }

    @Test
    void oneEntityAcrossUkrainianRussianAndEnglish() {
        ReportGraphs uk = read("uk.txt", "URL: https://example.org/uk/1\n"
                + "Київ. Керівник ГУР Кирило Буданов заявив, що в Курській області перебувають 11 тисяч військових КНДР.\n"
                + "За словами Буданова, заступник начальника розвідки Вадим Скібіцький також доповів про 2600 солдатів.\n");
        ReportGraphs ru = read("ru.txt", "URL: https://example.org/ru/1\n"
                + "Москва. Глава ГУР Кирилл Буданов заявил, что в Курской области находятся 11 тысяч военных КНДР.\n"
                + "Губернатор Вячеслав Гладков сообщил, что ранены два человека.\n");
        ReportGraphs en = read("en.txt", "URL: https://example.org/en/1\n"
                + "Kyrylo Budanov, the head of Ukraine's military intelligence, said 11,000 North Korean troops were in Kursk.\n"
                + "His deputy Vadym Skibitskyi said 2,600 more had arrived. Belgorod governor Vyacheslav Gladkov said two people were hurt.\n");
        assertEquals("uk", language(uk));
        assertEquals("ru", language(ru));
        assertEquals("en", language(en));
        String budanov = ID + "person/kyrylo-budanov";
        assertTrue(mentioned(uk).contains(budanov), mentioned(uk).toString());
        assertTrue(mentioned(ru).contains(budanov), mentioned(ru).toString());
        assertTrue(mentioned(en).contains(budanov), mentioned(en).toString());
        // People the KB does not know meet through their Latin keys.
        Set<String> ukPeople = people(uk);
        Set<String> enPeople = people(en);
        Set<String> ruPeople = people(ru);
        String skibitskyi = ukPeople.stream().filter(i -> i.contains("skibi")).findFirst().orElseThrow(() -> new AssertionError(ukPeople));
        assertTrue(enPeople.contains(skibitskyi), skibitskyi + " not in " + enPeople);
        String gladkov = ruPeople.stream().filter(i -> i.contains("gladkov")).findFirst().orElseThrow(() -> new AssertionError(ruPeople));
        assertTrue(enPeople.contains(gladkov), gladkov + " not in " + enPeople);
        assertTrue(mentioned(uk).contains(ID + "place/kursk-oblast"));
        assertTrue(mentioned(ru).contains(ID + "place/kursk-oblast"));
    }

    @Test
    void quotesIndexTheCyrillicBody() {
        ReportGraphs uk = read("uk2.txt", "URL: https://example.org/uk/2\n"
                + "Уночі росіяни запустили 132 безпілотники. Про це повідомили Повітряні сили ЗСУ.\n");
        String body = uk.graph().find(uk.report(), Vocab.body, Node.ANY).next().getObject().getLiteralLexicalForm();
        List<Triple> quotes = uk.graph().find(Node.ANY, Vocab.quote, Node.ANY).toList();
        assertEquals(1, quotes.size());
        Node claim = quotes.get(0).getSubject();
        int start = ((Number) uk.graph().find(claim, Vocab.charStart, Node.ANY).next().getObject().getLiteralValue()).intValue();
        int end = ((Number) uk.graph().find(claim, Vocab.charEnd, Node.ANY).next().getObject().getLiteralValue()).intValue();
        assertEquals(quotes.get(0).getObject().getLiteralLexicalForm(), body.substring(start, end));
        assertTrue(uk.graph().contains(claim, Vocab.claimant, NodeFactory.createURI(ID + "org/ukrainian-air-force")));
        assertTrue(uk.graph().contains(claim, Vocab.quantity, Node.ANY));
    }

    private static Set<String> people(ReportGraphs g) {
        return mentioned(g).stream().filter(i -> i.startsWith(ID + "person/")).collect(Collectors.toSet());
    }
}
