package org.osintkg.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/** An HTML page saved from a browser: main text, title, dates and publisher from its markup. */
final class HtmlPage {
    private static final Evaluator BLOCK = QueryParser.parse("p, h2, h3, h4, li, blockquote");
    private static final Evaluator MAIN = QueryParser.parse("article, [itemprop=articleBody], main, [role=main]");
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "figure figcaption, button, [role=navigation], [aria-hidden=true], .advertisement, .ad, .share, .related";

    private HtmlPage() {}

    static Article parse(String source, String html, Metadata metadata, LocalDate retrieved) throws ArticleException {
        return parse(source, html, metadata, retrieved, null);
    }

    /** As {@link #parse(String, String, Metadata, LocalDate)}, for a page a crawler captured (or null). */
    static Article parse(String source, String html, Metadata metadata, LocalDate retrieved, Capture capture)
            throws ArticleException {
        Document doc = Jsoup.parse(html);
        Draft d = new Draft();
        d.title = first(doc, "meta[property=og:title]", "content", "meta[name=twitter:title]", "content");
        if (d.title == null) d.title = blankToNull(doc.title());
        if (d.title == null) d.title = first(doc, "h1", null);
        d.date(first(doc, "meta[property=article:published_time]", "content",
                "meta[name=pubdate]", "content", "meta[name=date]", "content", "meta[itemprop=datePublished]", "content",
                "meta[name=dc.date]", "content"), DateSource.METADATA);
        d.date(JsonLd.datePublished(doc), DateSource.METADATA);
        // A <time> element may date anything on the page (a related story): a header date, not metadata.
        d.date(first(doc, "time[datetime]", "datetime"), DateSource.HEADER);
        d.outlet = first(doc, "meta[property=og:site_name]", "content", "meta[name=publisher]", "content",
                "meta[name=application-name]", "content");
        d.author = first(doc, "meta[name=author]", "content", "meta[property=article:author]", "content",
                "[rel=author]", null);
        d.url = first(doc, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
        if (capture != null) capture.fill(d);
        doc.select(NOISE).remove();
        Element main = mainElement(doc);
        String body = main == null ? null : text(main);
        if (body == null || body.isBlank()) throw new ArticleException(source, "HTML has no article text");
        return metadata.article(source, body, d, retrieved);
    }

    /**
     * The longest article-like element, else the body. Only outermost candidates are measured (an
     * inner one is never longer than the one around it), so deeply nested markup costs linear time.
     */
    private static Element mainElement(Document doc) {
        List<Element> candidates = outermost(doc, MAIN);
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int n = e.text().length();
            if (n > bestLength) {
                best = e;
                bestLength = n;
            }
        }
        return best != null ? best : doc.body();
    }

    /** The text of the outermost blocks (paragraphs, items, quotes) under the root, one a line. */
    private static String text(Element root) {
        List<Element> blocks = outermost(root, BLOCK);
        if (blocks.isEmpty()) return Text.normalize(root.wholeText());
        StringBuilder b = new StringBuilder();
        for (Element e : blocks) {
            String t = e.text().strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(t);
        }
        return Text.normalize(b.toString());
    }

    /** Elements under the root (the root included) that match, skipping those inside a match. */
    private static List<Element> outermost(Element root, Evaluator evaluator) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                // evaluator.matches, not e.is: that looks up the document root, a walk as long as the depth.
                if (node instanceof Element e && evaluator.matches(root, e)) {
                    out.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** Alternating (selector, attribute) pairs; a null attribute means the element's text. */
    private static String first(Document doc, String... selectorsAndAttributes) {
        for (int i = 0; i < selectorsAndAttributes.length; i += 2) {
            Element e = doc.selectFirst(selectorsAndAttributes[i]);
            if (e == null) continue;
            String attr = selectorsAndAttributes[i + 1];
            String v = blankToNull(attr == null ? e.text() : e.attr(attr));
            if (v != null) return v;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return Text.oneLine(s);
    }
}
