package org.osintkg.extract;

import java.util.List;
import org.osintkg.extract.Claim.Source;

/**
 * Who a sentence credits with what it states.
 *
 * @param claimant  the source
 * @param citedBy   who relayed it ("told Reuters", "the Times reported, citing …"), or null
 * @param cue       the reporting verb or phrase, lower case
 * @param start     where the attribution starts in the sentence (-1 when it came from a later sentence)
 * @param end       where it ends in the sentence
 * @param overrides it came from "according to" or "citing", which speak for the whole sentence
 * @param verbs     every reporting verb of the sentence with its own subject, in order, for numbers
 *                  that follow a second speaker
 */
record Attribution(Source claimant, Source citedBy, String cue, int start, int end, boolean overrides,
                   List<Attribution> verbs) {}
