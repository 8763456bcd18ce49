package org.osintkg.rdf;

import java.util.List;
import org.osintkg.resolve.Entity;
import org.osintkg.resolve.ResolvedClaim;
import org.osintkg.resolve.ResolvedRole;

/**
 * Everything extracted from one article, ready to map.
 *
 * @param outlet   the publisher as an entity, or null
 * @param entities the entities named in the body, and the unnamed sources of claims
 * @param claims   the claims, with their participants resolved
 * @param roles    roles and memberships the text gives people
 * @param language the body's language, a BCP 47 tag ("en", "uk", "ru")
 */
public record Extraction(Entity outlet, List<Entity> entities, List<ResolvedClaim> claims, List<ResolvedRole> roles,
                         String language) {
    public Extraction {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        roles = List.copyOf(roles);
        java.util.Objects.requireNonNull(language, "language");
    }

    /** An extraction from an English body. */
    public Extraction(Entity outlet, List<Entity> entities, List<ResolvedClaim> claims, List<ResolvedRole> roles) {
        this(outlet, entities, claims, roles, "en");
    }
}
