package org.osintkg.resolve;

import java.util.List;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;

/**
 * One real-world thing named in an article, with every mention of it.
 *
 * @param iri          its IRI: the KB's for a reference entity, else minted from its normalized name
 * @param label        the canonical label
 * @param surfaceForms every distinct form the article used, in order of first use
 * @param kbIri        the reference entity it is, or null
 */
public record Entity(String iri, EntityKind kind, String label, List<String> surfaceForms, String kbIri,
                     List<Mention> mentions) {
    public Entity {
        surfaceForms = List.copyOf(surfaceForms);
        mentions = List.copyOf(mentions);
    }
}
