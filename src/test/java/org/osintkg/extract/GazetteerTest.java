package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.nlp.Token;

public class GazetteerTest {
    public static KnowledgeBase smallKb() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix osint: <https://w3id.org/osintkg/ontology#> .
                @prefix place: <https://w3id.org/osintkg/id/place/> .
                @prefix org: <https://w3id.org/osintkg/id/org/> .
                @prefix person: <https://w3id.org/osintkg/id/person/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                place:united-states a osint:Country ; rdfs:label "United States" ; skos:altLabel "US", "U.S." ; osint:demonym "American" .
                place:kharkiv-oblast a osint:Region ; rdfs:label "Kharkiv Oblast" ; skos:altLabel "Kharkiv region" .
                place:kharkiv a osint:Settlement ; rdfs:label "Kharkiv" .
                org:kpa a osint:MilitaryUnit ; rdfs:label "Korean People's Army" ; skos:altLabel "KPA" .
                person:kyrylo-budanov a osint:Person ; rdfs:label "Kyrylo Budanov" .
                """, Lang.TURTLE).parse(g);
        return KnowledgeBase.of(g);
    }

    /** Whitespace and punctuation tokens with offsets; enough for the gazetteer. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}.]+(?<!\\.)|’s|'s|\\S").matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end(), "O"));
        return out;
    }

    private static List<String> found(Gazetteer g, String text) {
        List<Token> t = tokens(text);
        List<String> out = new ArrayList<>();
        for (Gazetteer.Match m : g.find(t)) {
            out.add(text.substring(t.get(m.from()).start(), t.get(m.to() - 1).end()) + "=" + m.entry().entity().label());
        }
        return out;
    }

    @Test
    void longestMatchWinsAndCaseMatters() {
        Gazetteer g = new Gazetteer(smallKb());
        assertEquals(List.of("Kharkiv Oblast=Kharkiv Oblast", "Kharkiv=Kharkiv"),
                found(g, "Fighting in Kharkiv Oblast near Kharkiv"));
        assertEquals(List.of("US=United States"), found(g, "He told us the US knew"));
        assertEquals(List.of("Korean People’s Army=Korean People's Army"), found(g, "the Korean People’s Army said"));
        assertEquals(List.of("Budanov=Kyrylo Budanov"), found(g, "Budanov said"));
        assertEquals(List.of(), found(g, "kharkiv oblast in lower case is not a name"));
    }

    @Test
    void aliasesWithALowercaseAdministrativeWordAreNames() {
        Gazetteer g = new Gazetteer(smallKb());
        assertEquals(List.of("Kharkiv region=Kharkiv Oblast"), found(g, "troops in the Kharkiv region"));
        assertEquals(true, Gazetteer.isName("Kursk region"));
        assertEquals(false, Gazetteer.isName("Ukrainian military"));
        assertEquals(false, Gazetteer.isName("region Kursk"));
    }
}
