package org.osintkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.extract.Claim.Source;
import org.osintkg.extract.Quantity;
import org.osintkg.extract.Quantity.Qualifier;

class ClaimResolverTest {
    private static ResolvedClaim claim(int start, long value, ClaimType type, String claimantIri) {
        Quantity q = new Quantity(value, Qualifier.EXACTLY, "soldiers", null, null, start, start + 3);
        Claim c = new Claim(start, start + 10, type, false, Source.OUTLET, null, q, null, null, null, null, null, null, 0.5);
        return new ResolvedClaim(c, claimantIri, null, null);
    }

    @Test
    void anUnnamedSourceIsLabelledAsDescribedWithTheTextsWordsAsForms() {
        Source a = new Source(null, "senior U.S. military official", "a senior U.S. military official");
        Source b = new Source(null, "senior U.S. military official", "the senior U.S. military official");
        Quantity q = new Quantity(200, Qualifier.AT_LEAST, "casualties", null, null, 0, 3);
        List<Claim> claims = List.of(
                new Claim(0, 10, ClaimType.Casualties, false, a, null, q, null, null, null, null, null, "said", 0.7),
                new Claim(20, 30, ClaimType.Other, false, b, null, null, null, null, null, null, null, "said", 0.7));
        List<Entity> entities = new java.util.ArrayList<>();
        List<ResolvedClaim> out = new ClaimResolver(org.osintkg.extract.GazetteerTest.smallKb()).resolve(claims, entities, null);
        assertEquals(out.get(0).claimantIri(), out.get(1).claimantIri());
        assertEquals(1, entities.size());
        assertEquals("senior U.S. military official", entities.get(0).label());
        assertEquals(List.of("senior U.S. military official", "a senior U.S. military official", "the senior U.S. military official"),
                entities.get(0).surfaceForms());
    }

    private static org.osintkg.kb.KnowledgeBase kbWithHur() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix osint: <https://w3id.org/osintkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/osintkg/id/org/hur> a osint:Organization ; rdfs:label "Main Intelligence Directorate" ;
                    skos:altLabel "Defence Intelligence of Ukraine", "Ukraine's military intelligence" .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        return org.osintkg.kb.KnowledgeBase.of(g);
    }

    @Test
    void aDescriptionTheKbKnowsIsTheOrganizationTheArticleNames() {
        String hur = "https://w3id.org/osintkg/id/org/hur";
        Source described = new Source(null, "military intelligence service", "Ukraine’s military intelligence service");
        Claim c = new Claim(0, 10, ClaimType.TroopPresence, false, described, null, null, null, null, null, null, null, "said", 0.7);
        ClaimResolver resolver = new ClaimResolver(kbWithHur());
        List<Entity> named = new java.util.ArrayList<>(List.of(new Entity(hur, org.osintkg.kb.EntityKind.ORGANIZATION,
                "Main Intelligence Directorate", List.of("Defence Intelligence of Ukraine"), hur, List.of())));
        assertEquals(hur, resolver.resolve(List.of(c), named, null).get(0).claimantIri());
        assertEquals(1, named.size());
        assertEquals(List.of("Defence Intelligence of Ukraine", "Ukraine’s military intelligence service"), named.get(0).surfaceForms());
        // An article that never names the directorate keeps the description as an unnamed source.
        List<Entity> none = new java.util.ArrayList<>();
        assertEquals(Resolver.ID + "source/military-intelligence-service",
                resolver.resolve(List.of(c), none, null).get(0).claimantIri());
    }

    @Test
    void aBodyAndTheMinistryItBelongsToGivingOneNumberMakeOneClaim() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix osint: <https://w3id.org/osintkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/osintkg/id/org/mod> a osint:Organization ; rdfs:label "Ministry of Defence" .
                <https://w3id.org/osintkg/id/org/di> a osint:Organization ; rdfs:label "Defence Intelligence" ;
                    osint:memberOf <https://w3id.org/osintkg/id/org/mod> .
                <https://w3id.org/osintkg/id/org/nrc> a osint:Organization ; rdfs:label "National Resistance Center" .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        ClaimResolver resolver = new ClaimResolver(org.osintkg.kb.KnowledgeBase.of(g));
        List<Entity> entities = new java.util.ArrayList<>();
        List<Claim> claims = new java.util.ArrayList<>();
        int at = 0;
        for (String name : List.of("Defence Intelligence", "Ministry of Defence", "National Resistance Center")) {
            String iri = "https://w3id.org/osintkg/id/org/" + (name.startsWith("Def") ? "di" : name.startsWith("Min") ? "mod" : "nrc");
            org.osintkg.extract.Mention m = new org.osintkg.extract.Mention(at, at + name.length(), name,
                    org.osintkg.kb.EntityKind.ORGANIZATION, iri, false, -1);
            entities.add(new Entity(iri, org.osintkg.kb.EntityKind.ORGANIZATION, name, List.of(name), iri, List.of(m)));
            Quantity q = new Quantity(6000, Qualifier.AT_LEAST, "casualties", null, null, at, at + 5);
            claims.add(new Claim(at, at + 50, ClaimType.Casualties, false, new Source(m, null), null, q, null, null, null, null,
                    null, "said", 0.8));
            at += 100;
        }
        List<ResolvedClaim> out = resolver.resolve(claims, entities, null);
        assertEquals(List.of("https://w3id.org/osintkg/id/org/di", "https://w3id.org/osintkg/id/org/nrc"),
                out.stream().map(ResolvedClaim::claimantIri).toList());
    }

    @Test
    void aStatementWithoutANumberToldTwiceAboutOnePlaceIsOneClaim() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix osint: <https://w3id.org/osintkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix p: <https://w3id.org/osintkg/id/place/> .
                p:oblast a osint:Region ; rdfs:label "Gomel Oblast" .
                p:city a osint:Settlement ; rdfs:label "Gomel" ; osint:locatedIn p:oblast .
                p:other a osint:Settlement ; rdfs:label "Brest" .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        ClaimResolver resolver = new ClaimResolver(org.osintkg.kb.KnowledgeBase.of(g));
        org.osintkg.extract.Mention speaker = new org.osintkg.extract.Mention(0, 5, "Ivan Petrenko",
                org.osintkg.kb.EntityKind.PERSON, null, false, -1);
        List<Entity> entities = new java.util.ArrayList<>();
        entities.add(new Entity("person/ivan", org.osintkg.kb.EntityKind.PERSON, "Ivan Petrenko", List.of("Ivan Petrenko"), null,
                List.of(speaker)));
        List<Claim> claims = new java.util.ArrayList<>();
        int at = 100;
        for (String place : List.of("oblast", "city", "other", "city")) {
            String iri = "https://w3id.org/osintkg/id/place/" + place;
            org.osintkg.extract.Mention m = new org.osintkg.extract.Mention(at, at + 5, place, org.osintkg.kb.EntityKind.PLACE, iri, false, -1);
            entities.add(new Entity(iri, org.osintkg.kb.EntityKind.PLACE, place, List.of(place), iri, List.of(m)));
            claims.add(new Claim(at, at + 50, ClaimType.TroopPresence, false, new Source(speaker, null), null, null, "x", m,
                    null, null, null, "said", 0.8));
            at += 100;
        }
        List<ResolvedClaim> out = resolver.resolve(claims, entities, null);
        assertEquals(List.of(100, 300), out.stream().map(c -> c.claim().start()).toList());
        // Two claims of one sentence ("killed a commander and injured a general") are two statements.
        List<Claim> oneSentence = List.of(claims.get(1), new Claim(200, 250, ClaimType.TroopPresence, false,
                new Source(speaker, null), null, null, "x", claims.get(1).location(), null, null, null, "said", 0.8));
        assertEquals(2, resolver.resolve(oneSentence, entities, null).size());
    }

    @Test
    void aSourceRepeatingItsNumberMakesOneClaim() {
        List<ResolvedClaim> in = List.of(claim(0, 11000, ClaimType.TroopCount, "p/budanov"),
                claim(50, 11000, ClaimType.TroopCount, "p/budanov"),
                claim(90, 11000, ClaimType.TroopCount, "p/singh"),
                claim(120, 2, ClaimType.Prisoners, "p/budanov"),
                claim(150, 2, ClaimType.Casualties, "p/budanov"));
        List<ResolvedClaim> out = ClaimResolver.restatementsDropped(in, (a, b) -> false, (a, b) -> false);
        assertEquals(List.of(0, 90, 120), out.stream().map(c -> c.claim().start()).toList());
        // Singh speaking for Budanov's organization: one voice.
        List<ResolvedClaim> joined = ClaimResolver.restatementsDropped(in, (a, b) -> (a + b).contains("singh"), (a, b) -> false);
        assertEquals(List.of(0, 120), joined.stream().map(c -> c.claim().start()).toList());
    }

    @Test
    void aNumberRepeatedInOneSentencesListIsTwoClaims() {
        Quantity first = new Quantity(6, Qualifier.EXACTLY, "drones", null, null, 20, 23);
        Quantity second = new Quantity(6, Qualifier.EXACTLY, "drones", null, null, 50, 53);
        List<ResolvedClaim> in = List.of(
                new ResolvedClaim(new Claim(0, 90, ClaimType.Equipment, false, Source.OUTLET, null, first, null, null, null,
                        null, null, null, 0.5), "o/mod", null, null),
                new ResolvedClaim(new Claim(0, 90, ClaimType.Equipment, false, Source.OUTLET, null, second, null, null, null,
                        null, null, null, 0.5), "o/mod", null, null));
        assertEquals(2, ClaimResolver.restatementsDropped(in, (a, b) -> false, (a, b) -> false).size());
    }
}
