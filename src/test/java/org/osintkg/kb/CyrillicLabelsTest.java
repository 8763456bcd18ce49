package org.osintkg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.rdf.Vocab;

class CyrillicLabelsTest {
    private static final String ID = "https://w3id.org/osintkg/id/";

    @Test
    void everyLabelledEntityIsOneTheKbDefines() {
        KnowledgeBase kb = TestSupport.kb();
        for (Node p : List.of(Vocab.prefLabel, Vocab.altLabel)) {
            for (Triple t : kb.graph().find(Node.ANY, p, Node.ANY).toList()) {
                String lang = t.getObject().getLiteralLanguage();
                if (!lang.equals("uk") && !lang.equals("ru")) continue;
                assertTrue(kb.get(t.getSubject().getURI()).isPresent(), "no KB entity " + t.getSubject());
            }
        }
    }

    @Test
    void namesByLanguageAndNotInTheEnglishAliases() {
        KnowledgeBase kb = TestSupport.kb();
        Map<String, List<String>> uk = kb.names("uk");
        Map<String, List<String>> ru = kb.names("ru");
        assertEquals("Курська область", uk.get(ID + "place/kursk-oblast").get(0));
        assertEquals("Курская область", ru.get(ID + "place/kursk-oblast").get(0));
        assertTrue(uk.get(ID + "person/kyrylo-budanov").contains("Кирило Буданов"));
        assertTrue(uk.get(ID + "org/armed-forces-of-ukraine").contains("ЗСУ"));
        // The English gazetteer reads aliases(): the Cyrillic names are for the Cyrillic one only.
        assertTrue(kb.get(ID + "place/kursk-oblast").orElseThrow().aliases().stream().noneMatch(Transliteration::isCyrillic));
        int regions = (int) kb.entities().stream().filter(e -> e.kind() == EntityKind.REGION && e.iri().endsWith("-oblast")
                && e.iri().contains("place/") && uk.containsKey(e.iri())).count();
        assertTrue(regions >= 24 + 40, "oblasts of Ukraine and of Russia with a Ukrainian name: " + regions);
    }
}
