package org.osintkg.rdf;

import java.util.List;
import org.osintkg.resolve.Entity;
import org.osintkg.resolve.ResolvedClaim;

/**
 * Everything extracted from one article, ready to map.
 *
 * @param outlet   the publisher as an entity, or null
 * @param entities the entities named in the body, and the unnamed sources of claims
 * @param claims   the claims, with their participants resolved
 */
public record Extraction(Entity outlet, List<Entity> entities, List<ResolvedClaim> claims) {
    public Extraction {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
    }
}
