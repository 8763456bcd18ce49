package org.osintkg.link;

import java.util.List;
import org.osintkg.kb.EntityKind;

/**
 * An entity of the store that has no Wikidata link yet.
 *
 * @param names   its label and other names, label first
 * @param context words that describe it (its country, its organizations), to prefer candidates whose description mentions them
 */
public record Unlinked(String iri, EntityKind kind, List<String> names, List<String> context) {}
