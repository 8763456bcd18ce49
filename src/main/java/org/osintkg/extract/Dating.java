package org.osintkg.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * When a sentence's claims were made and what they tell of happened, from its time expressions
 * resolved against the report date: one near the attribution dates the statement, another the event.
 *
 * @param stated when the claim was made, or null
 * @param event  when what it tells of happened, or null
 */
record Dating(LocalDate stated, LocalDate event) {
    /** How far from the attribution a time expression still dates the statement. */
    private static final int NEAR = 25;

    /**
     * "Two were captured in Donetsk Oblast earlier this month": an unattributed sentence that dates its
     * event from the reporter's day is the reporter's own background, not the last speaker going on.
     */
    private static final Pattern REPORTER_TIME = Pattern.compile("(?i)\\b(?:(?:earlier|later)\\s+this|last|this)\\s+"
            + "(?:week|month|year)\\b|\\byesterday\\b");

    static Dating of(String sentence, Attribution attr, LocalDate reportDate) {
        LocalDate stated = null;
        LocalDate event = null;
        for (TimeExpressions.When w : TimeExpressions.find(sentence, reportDate)) {
            boolean inAttribution = attr != null && w.start() >= attr.start() - NEAR && w.start() <= attr.end() + NEAR;
            if (inAttribution && stated == null) stated = w.date();
            else if (!inAttribution && event == null) event = w.date();
        }
        return new Dating(stated, event);
    }

    /** The sentence dates something from the reporter's own day ("last week", "yesterday"). */
    static boolean fromReporterDay(String sentence) {
        return REPORTER_TIME.matcher(sentence).find();
    }
}
