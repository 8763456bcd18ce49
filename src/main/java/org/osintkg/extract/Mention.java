package org.osintkg.extract;

import org.osintkg.kb.EntityKind;

/**
 * A name in the body: its span, its surface form, the kind of thing it names, and the
 * reference entity it matched, if any.
 *
 * @param kbIri    IRI of the matched reference entity, or null
 * @param weak     matched only by a short form (a KB person's surname), which later evidence may override
 * @param aliasOf  for an acronym defined in parentheses or a short form, the span start of the full form; else -1
 */
public record Mention(int start, int end, String text, EntityKind kind, String kbIri, boolean weak, int aliasOf) {
    public Mention withKind(EntityKind k) {
        return new Mention(start, end, text, k, kbIri, weak, aliasOf);
    }

    public Mention withAliasOf(int fullStart) {
        return new Mention(start, end, text, kind, kbIri, weak, fullStart);
    }

    public boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
