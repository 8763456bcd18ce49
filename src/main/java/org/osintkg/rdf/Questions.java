package org.osintkg.rdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.osintkg.extract.Claim.ClaimType;

/**
 * The questions claims answer, so that a denial meets the assertions it contradicts through one
 * shared IRI instead of a join of every assertion with every denial. A question is a claim type about
 * a force in a place: "TroopPresence of North Korea in Kursk Oblast".
 */
public final class Questions {
    private Questions() {}

    /**
     * For each type of assertion, the types of denial it contradicts: a denial of presence
     * contradicts assertions of presence, deployment, combat and numbers alike.
     */
    private static final Map<ClaimType, Set<ClaimType>> DENIED_BY = new EnumMap<>(Map.of(
            ClaimType.TroopPresence, Set.of(ClaimType.TroopPresence, ClaimType.Deployment),
            ClaimType.Deployment, Set.of(ClaimType.TroopPresence, ClaimType.Deployment),
            ClaimType.CombatParticipation, Set.of(ClaimType.TroopPresence, ClaimType.CombatParticipation),
            ClaimType.TroopCount, Set.of(ClaimType.TroopPresence),
            ClaimType.Prisoners, Set.of(ClaimType.Prisoners),
            ClaimType.Casualties, Set.of(ClaimType.Casualties),
            ClaimType.Other, Set.of(ClaimType.Other),
            ClaimType.Supply, Set.of(ClaimType.Supply),
            ClaimType.Training, Set.of(ClaimType.Training)));

    /** The question a claim of this type, about this force, located at this place answers. */
    public static Node question(ClaimType type, String about, String place) {
        return NodeFactory.createURI(Vocab.ID + "question/" + type.name() + "/" + tail(about) + "/" + tail(place));
    }

    /** The topic of every claim of this type about this force, wherever it is located: "TroopCount about Russia". */
    public static Node topic(ClaimType type, String about) {
        return NodeFactory.createURI(Vocab.ID + "topic/" + type.name() + "/" + tail(about));
    }

    /**
     * The questions on which a denial would contradict this assertion: each type of denial that
     * contradicts it, at its place and every place that place lies in.
     */
    public static List<Node> contradictableOn(ClaimType type, String about, List<String> placeAndBroader) {
        return DENIED_BY.getOrDefault(type, Set.of()).stream().sorted()
                .flatMap(t -> placeAndBroader.stream().map(p -> question(t, about, p))).toList();
    }

    /** "https://w3id.org/osintkg/id/place/north-korea" → "place/north-korea"; other IRIs whole, encoded. */
    private static String tail(String iri) {
        if (iri.startsWith(Vocab.ID)) return iri.substring(Vocab.ID.length());
        return java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8);
    }
}
