package org.osintkg.rdf;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.osintkg.resolve.Entity;

/**
 * Everything extracted from one article, ready to map.
 *
 * @param outlet   the publisher as an entity, or null
 * @param entities the entities named in the body
 * @param facts    further triples (claims, roles) built by later stages
 */
public record Extraction(Entity outlet, List<Entity> entities, List<Triple> facts) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
