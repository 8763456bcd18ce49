package org.osintkg.resolve;

import org.osintkg.extract.Claim;

/**
 * A claim with its participants resolved to entity IRIs.
 *
 * @param claimantIri the source's IRI (a person, organization, country or anonymous source)
 * @param citedByIri  the intermediary's IRI, or null
 * @param locationIri the place's IRI, or null
 */
public record ResolvedClaim(Claim claim, String claimantIri, String citedByIri, String locationIri) {}
