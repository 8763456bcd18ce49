package org.osintkg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read: the cleaned body that evidence offsets index, and the metadata it carried.
 * Metadata is one line of text (white space and control characters collapsed to one space) or null.
 *
 * @param source    where it came from, for messages (a path, {@code path:line} for a feed line, or "stdin")
 * @param key       stable identity across re-ingests: the URL when known, else the source name
 * @param body      the text with page furniture removed; never blank, lines end with {@code \n} (no CR)
 * @param title     headline or null
 * @param outlet    publisher name as the article gives it, or null
 * @param author    byline or null
 * @param url       canonical URL or null
 * @param published publication date or null
 * @param dateSource where the publication date was read; null exactly when there is none
 */
public record Article(String source, String key, String body, String title, String outlet,
                      String author, String url, LocalDate published, DateSource dateSource) {
    public Article {
        title = Text.oneLine(title);
        outlet = Text.oneLine(outlet);
        author = Text.oneLine(author);
        url = Text.oneLine(url);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) throw new IllegalArgumentException("blank body: " + source);
        if (body.indexOf('\r') >= 0) throw new IllegalArgumentException("carriage return in body: " + source);
        if (published == null) dateSource = null;
        else if (dateSource == null) dateSource = DateSource.METADATA;
    }

    /** An article whose date, if any, is given as metadata. */
    public Article(String source, String key, String body, String title, String outlet, String author, String url,
                   LocalDate published) {
        this(source, key, body, title, outlet, author, url, published, published == null ? null : DateSource.METADATA);
    }

    /** The input's file name (with a line number for a feed line): stable when files move. */
    public String sourceName() {
        return Sources.name(source);
    }
}
