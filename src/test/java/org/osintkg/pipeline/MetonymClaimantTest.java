package org.osintkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.article.Article;
import org.osintkg.rdf.Extraction;
import org.osintkg.resolve.ResolvedClaim;

/** "Kyiv said": a capital speaking for its state makes the claim, and names no place. */
class MetonymClaimantTest {
    @Test
    void aCapitalSpeakingForItsStateIsTheClaimant() {
        Article a = new Article("metonym.txt", "metonym.txt",
                "Kyiv said on Monday that 3,000 North Korean troops had arrived in Kursk Oblast.\n",
                null, null, null, null, LocalDate.of(2024, 11, 20));
        Extraction x = TestSupport.pipeline().extract(a);
        ResolvedClaim c = x.claims().stream().filter(r -> r.claim().quantity() != null
                && r.claim().quantity().value() == 3000).findFirst().orElseThrow(() -> new AssertionError(x.claims()));
        assertTrue(c.claimantIri().endsWith("/government-of-ukraine") || c.claimantIri().endsWith("/place/ukraine"),
                "claimant " + c.claimantIri());
        assertEquals(0, x.entities().stream().filter(e -> e.iri().endsWith("/place/kyiv")).count(),
                "Kyiv names no place here");
    }
}
