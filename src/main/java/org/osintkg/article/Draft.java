package org.osintkg.article;

import java.util.ArrayList;
import java.util.List;

/** The metadata one reader found in one article, before {@link Metadata} decides between sources. */
final class Draft {
    String title;
    String author;
    String url;
    /** The outlet the page's own metadata names as its publisher: a feed field, og:site_name. */
    String outlet;
    /** A masthead line of the text that names a known outlet. */
    String masthead;
    /** An outlet the article may be by: a site name in the title, a name under the headline, an e-mail domain. */
    String outletGuess;
    /** A KB outlet a credit line or dateline names. */
    String credited;
    final List<DateText> dates = new ArrayList<>();
    /** Lines that may say how long ago the article was published ("2 hours ago"). */
    final List<String> relative = new ArrayList<>();

    /** A date as the article writes it and the kind of place it was written. */
    record DateText(String text, DateSource source) {}

    void date(String text, DateSource source) {
        if (text != null && !text.isBlank()) dates.add(new DateText(text, source));
    }
}
