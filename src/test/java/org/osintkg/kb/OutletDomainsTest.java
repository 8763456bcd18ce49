package org.osintkg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;

/** The KB's outlets by web domain (osint:domain), as the reader gets them. */
class OutletDomainsTest {
    private static String outletOf(String host) {
        return TestSupport.kb().outletOfHost(host).map(ReferenceEntity::label).orElse(null);
    }

    @Test
    void aHostFindsTheOutletOfItsDomainOrOfADomainItLiesUnder() {
        assertEquals("Reuters", outletOf("www.reuters.com"));
        assertEquals("CNN", outletOf("amp.cnn.com"));
        assertEquals(outletOf("pravda.com.ua"), outletOf("english.pravda.com.ua"));
        assertEquals(Optional.empty(), TestSupport.kb().outletOfHost("com.ua"), "a public suffix is no outlet");
        assertEquals(Optional.empty(), TestSupport.kb().outletOfHost("notreuters.com"));
    }

    @Test
    void everyDomainIsAPublishersAndWrittenPlain() {
        assertTrue(TestSupport.kb().publisherDomains().size() >= 40, "outlets carry their domains");
        TestSupport.kb().publisherDomains().forEach((domain, outlet) -> {
            assertTrue(outlet.kind().isOrganization(), domain);
            assertTrue(domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"), domain);
        });
    }

    @Test
    void anOrganizationsOwnSitePublishesItsStatements() {
        assertEquals("United Nations", outletOf("news.un.org"));
        assertEquals(EntityKind.ORGANIZATION, TestSupport.kb().outletOfHost("www.mil.gov.ua").orElseThrow().kind());
        assertEquals(Optional.empty(), TestSupport.kb().outletOfHost("gov.ua"), "a shared government domain is no publisher");
    }

    @Test
    void theReadersDirectoryKnowsWhichOutletsWriteDatesDayFirst() {
        // Reuters is of the United Kingdom (day first), CNN of the United States (month first).
        assertEquals("GB", TestSupport.kb().isoCode(TestSupport.kb().outletOfHost("reuters.com").orElseThrow().country()));
        assertEquals("US", TestSupport.kb().isoCode(TestSupport.kb().outletOfHost("cnn.com").orElseThrow().country()));
    }
}
