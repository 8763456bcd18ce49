package org.osintkg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read: the cleaned body that evidence offsets index, and the metadata it carried.
 *
 * @param source    where it came from, for messages (a path, {@code path:line} for a feed line, or "stdin")
 * @param key       stable identity across re-ingests: the URL when known, else the source name
 * @param body      the text with page furniture removed; never empty
 * @param title     headline or null
 * @param outlet    publisher name as the article gives it, or null
 * @param author    byline or null
 * @param url       canonical URL or null
 * @param published publication date or null
 */
public record Article(String source, String key, String body, String title, String outlet,
                      String author, String url, LocalDate published) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
    }

    /** The input's file name (with a line number for a feed line): stable when files move. */
    public String sourceName() {
        return Sources.name(source);
    }
}
