package org.osintkg.kb;

import java.util.List;

/**
 * An entity of the reference knowledge base: general facts, never an article's answers.
 *
 * @param iri       its IRI in the graph
 * @param kind      the most specific kind given
 * @param label     canonical label
 * @param aliases   other names (alternative labels, acronyms)
 * @param demonym   for a country, its adjective ("North Korean"), else null
 * @param country   IRI of the country it belongs to or lies in, or null
 * @param capitalOf for a capital city, the country's IRI, else null
 * @param memberOf  IRIs of organizations it belongs to
 * @param role      role or title, or null
 */
public record ReferenceEntity(String iri, EntityKind kind, String label, List<String> aliases, String demonym,
                              String country, String capitalOf, List<String> memberOf, String role) {
    public ReferenceEntity {
        aliases = List.copyOf(aliases);
        memberOf = List.copyOf(memberOf);
    }
}
