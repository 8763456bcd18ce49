package org.osintkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.GazetteerTest;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;

class ResolverTest {
    private final Resolver resolver = new Resolver(GazetteerTest.smallKb());

    private static Mention person(int start, String text) {
        return new Mention(start, start + text.length(), text, EntityKind.PERSON, null, false, -1);
    }

    @Test
    void surnamesJoinTheFullNameInTheSameArticle() {
        List<Entity> e = resolver.resolve(List.of(person(0, "Yevhen Romanov"), person(40, "Romanov")));
        assertEquals(1, e.size());
        assertEquals("Yevhen Romanov", e.get(0).label());
        assertEquals(List.of("Yevhen Romanov", "Romanov"), e.get(0).surfaceForms());
    }

    @Test
    void aFirstWordAloneJoinsTheOneFullNameItBegins() {
        List<Entity> e = resolver.resolve(List.of(person(0, "Lee Seong-kweun"), person(40, "Lee")));
        assertEquals(1, e.size(), "a family name written first");
        List<Entity> two = resolver.resolve(List.of(person(0, "Yurii Dihtiaruk"), person(20, "Yurii Pohuliaiko"), person(40, "Yurii")));
        assertEquals(3, two.size(), "two people it could begin: neither");
    }

    @Test
    void spellingVariantsGetOneIriAcrossArticles() {
        String a = resolver.resolve(List.of(person(0, "Andriy Chernyak"))).get(0).iri();
        String b = resolver.resolve(List.of(person(0, "Andrii Cherniak"))).get(0).iri();
        assertEquals(a, b);
        String c = resolver.resolve(List.of(person(0, "Oleksandr Syrskyi"))).get(0).iri();
        String d = resolver.resolve(List.of(person(0, "Alexander Syrsky"))).get(0).iri();
        assertEquals(c, d);
    }

    @Test
    void twoPeopleWhoShareASurnameStayTwo() {
        List<Entity> e = resolver.resolve(List.of(person(0, "Kim Yong-bok"), person(30, "Kim Jong-un")));
        assertEquals(2, e.size());
        assertNotEquals(e.get(0).iri(), e.get(1).iri());
        // An ambiguous bare surname is not forced onto either of them.
        List<Entity> f = resolver.resolve(List.of(person(0, "Ivan Petrenko"), person(20, "Olha Petrenko"), person(40, "Petrenko")));
        assertEquals(3, f.size());
    }

    @Test
    void acronymsJoinTheirExpansion() {
        Mention full = new Mention(0, 26, "National Resistance Center", EntityKind.ORGANIZATION, null, false, -1);
        Mention acr = new Mention(28, 31, "NRC", EntityKind.ORGANIZATION, null, false, 0);
        Mention later = new Mention(80, 83, "NRC", EntityKind.ORGANIZATION, null, false, 0);
        List<Entity> e = resolver.resolve(List.of(full, acr, later));
        assertEquals(1, e.size());
        assertEquals("National Resistance Center", e.get(0).label());
        assertEquals("https://w3id.org/osintkg/id/org/national-resistance-center", e.get(0).iri());
    }

    @Test
    void kbNamesResolveToTheKbIri() {
        Mention m = new Mention(0, 7, "Budanov", EntityKind.PERSON, "https://w3id.org/osintkg/id/person/kyrylo-budanov", true, -1);
        List<Entity> e = resolver.resolve(List.of(m));
        assertEquals("https://w3id.org/osintkg/id/person/kyrylo-budanov", e.get(0).iri());
        assertEquals("Kyrylo Budanov", e.get(0).label());
    }

    @Test
    void aRegionalCityFoldsIntoItsNamedRegionButACapitalStaysTheCity() {
        Resolver real = new Resolver(org.osintkg.TestSupport.kb());
        String kursk = "https://w3id.org/osintkg/id/place/kursk";
        String kurskOblast = "https://w3id.org/osintkg/id/place/kursk-oblast";
        String kyiv = "https://w3id.org/osintkg/id/place/kyiv";
        String kyivOblast = "https://w3id.org/osintkg/id/place/kyiv-oblast";
        List<Entity> k = real.resolve(List.of(new Mention(0, 13, "Kursk region", EntityKind.REGION, kurskOblast, false, -1),
                new Mention(40, 45, "Kursk", EntityKind.SETTLEMENT, kursk, false, -1)));
        assertEquals(List.of(kurskOblast), k.stream().map(Entity::iri).toList());
        List<Entity> c = real.resolve(List.of(new Mention(0, 11, "Kyiv region", EntityKind.REGION, kyivOblast, false, -1),
                new Mention(40, 44, "Kyiv", EntityKind.SETTLEMENT, kyiv, false, -1)));
        assertEquals(List.of(kyiv, kyivOblast), c.stream().map(Entity::iri).sorted().toList());
    }
}
