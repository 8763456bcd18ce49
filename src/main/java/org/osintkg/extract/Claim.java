package org.osintkg.extract;

import java.time.LocalDate;

/**
 * One attributed statement: who made it (and through whom), what kind, which stance, what number,
 * about which force, where, when, with the evidence span in the body.
 *
 * @param start      evidence span: {@code body.substring(start, end)} is the quote
 * @param claimant   the source; {@link Source#OUTLET} when the text names none
 * @param citedBy    an intermediary that relayed it, or null
 * @param quantity   the number claimed, or null
 * @param aboutIri   the KB country whose forces the claim concerns, or null
 * @param location   the place named for it, or null
 * @param hedge      the hedging cue ("reportedly", "likely"), or null
 * @param cue        the reporting verb or phrase
 * @param confidence the extractor's score in [0, 1]
 */
public record Claim(int start, int end, ClaimType type, boolean denies, Source claimant, Source citedBy,
                    Quantity quantity, String aboutIri, Mention location, LocalDate statedOn, LocalDate eventDate,
                    String hedge, String cue, double confidence) {

    /**
     * Who a claim comes from: a named mention, an unnamed source as the text describes it, or the outlet.
     *
     * @param anonymous the unnamed source's label ("senior U.S. military official")
     * @param described the words the text used for it ("a senior U.S. military official"), kept as a surface form
     */
    public record Source(Mention mention, String anonymous, String described) {
        public static final Source OUTLET = new Source(null, null);

        public Source(Mention mention, String anonymous) {
            this(mention, anonymous, anonymous);
        }

        public boolean isOutlet() {
            return mention == null && anonymous == null;
        }
    }

    /** The kinds of claims; each is a SKOS concept of the same name in the ontology. */
    public enum ClaimType {
        TroopCount, TroopPresence, Casualties, Prisoners, Equipment, CombatParticipation, Training, Deployment,
        Strike, Command, Supply, Other
    }
}
