package org.osintkg.link;

import java.util.Set;

/** A Wikidata item that may be the entity: its IRI, English label and description, P31 types, coordinates. */
public record Candidate(String item, String label, String description, Set<String> types, boolean hasCoordinates) {}
