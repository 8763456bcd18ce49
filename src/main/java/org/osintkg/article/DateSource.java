package org.osintkg.article;

/**
 * Where a report's publication date was read, in the order that decides between sources that
 * disagree: the first kind found wins. A date stated as metadata names the publication itself; a
 * dateline is the wire's own stamp on the story; a URL path is set by the site's software when the
 * page is made; an unlabelled date near the headline may be the site's "today" bar, the day the page
 * was viewed; a relative date ("2 hours ago") is only as good as the retrieval date it counts from;
 * the retrieval date itself (a crawl's capture) is the day of publication or later.
 */
public enum DateSource {
    /** A date field: the feed's {@code published}, HTML {@code article:published_time} or JSON-LD
     * {@code datePublished}, a {@code date}/{@code Published:} line of the scraped text. */
    METADATA,
    /** The dateline that opens a wire story ("MOSCOW, October 10. /TASS/."), the year from the context. */
    DATELINE,
    /** A calendar date in the URL path ({@code /2025/06/17/}). */
    URL_PATH,
    /** An unlabelled date line in the page header ("Friday, November 22, 2024"). */
    HEADER,
    /** "2 hours ago", "yesterday": counted back from the day the page was retrieved. */
    RELATIVE,
    /** The day a crawler captured the page (a WARC record's date), when the page gives no date of its own. */
    RETRIEVAL
}
