package org.osintkg.article;

import java.time.LocalDate;

/**
 * Where and when a crawler captured a page (a WARC response record): its target URI is the
 * report's URL, and its day the day of retrieval, which dates the report only when the page itself
 * gives no date ({@link DateSource#RETRIEVAL}, the last source).
 */
record Capture(String url, LocalDate day) {
    /** Puts the capture into what a reader found in the page: its URL wins over the page's own. */
    void fill(Draft d) {
        if (url != null) d.url = url;
        if (day != null) d.date(day.toString(), DateSource.RETRIEVAL);
    }
}
