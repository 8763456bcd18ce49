package org.osintkg.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as scraped from a web page: finds the date, title, outlet, byline and URL that the
 * page furniture carries, and keeps the article text as the body.
 */
final class ScrapedText {
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");
    private static final Pattern URL_LINE = Pattern.compile("^\\s*+(https?://\\S++)\\s*+$");
    /** "URL: https://…": the header line scrapers write first. */
    private static final Pattern URL_HEADER = Pattern.compile("(?i)^\\s*+(?:url|link|source url)\\s*+:\\s*+(https?://\\S++)\\s*+$");
    /** "Published: 12 March 2024", "Date: …": a labelled date; "Updated" is a later day, no label of publication. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^\\W*+(?:published|posted|date|publication date|first published)(?:\\s++on)?\\s*+:?\\s*+(.+)$");
    // Possessive white space (\s*+) and groups that end on a non-space keep these linear on long
    // runs of spaces: a lazy group between two plain \s* backtracks cubically ("By John" and
    // 2,000 spaces took half a minute).
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*+(?:BY|By|by)\\s++(\\S(?:.*?\\S)?)\\s*+(?:\\[([^\\]\\s]++@[^\\]\\s]++)\\]\\s*+)?$");
    /** "Written by: N. Saud Thursday, January 4, 2024 12:40 PM": a byline that carries the day of writing. */
    private static final Pattern DATED_BYLINE = Pattern.compile("(?i)^\\W*+(?:written|posted|published)\\s++by\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^[-–—•*\\s]*(advertisement|comments?|must read|latest articles?|latest news|read (also|more)\\b.*"
            + "|related( articles?| news)?:?|share( this)?( article| story)?|subscribe\\b.*|sign up\\b.*"
            + "|follow us\\b.*|support .{1,40} or become our patron!?|support .{1,40}!|newsletter\\b.*|loading\\.*"
            + "|click here\\b.*|skip to (main )?content|menu|search|listen to (this )?article.*"
            + "|print|email|copy link|most read|trending|more stories)[-–—•*\\s]*$");
    /** "Kyiv • UNN": a place of at most three words, a bullet or bar, the outlet ("Headline | Site" is longer). */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}.-]*+(?: [\\p{L}.-]++){0,2})\\s+[•|·]\\s+(\\p{Lu}[\\p{L}0-9 .&-]{1,30})$");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\p{Punct}\\p{Pd}•·\\s]*$");
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*)(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
    /**
     * Header and footer heuristics (dates, bylines, titles, mastheads) look only at lines up to
     * this long: no headline or byline is longer, and their regular expressions then stay cheap
     * on any input. A longer line is running text.
     */
    static final int MAX_HEADER_LINE = 300;
    /** A trailing URL line may be longer than a header line; longer than this it is text. */
    private static final int MAX_URL_LINE = 4096;

    private final Metadata metadata;
    /** Squashed names of organizations, outlets among them: what a masthead line may say. */
    private final Set<String> outlets;

    ScrapedText(Metadata metadata) {
        this.metadata = metadata;
        this.outlets = metadata.outlets().organizations();
    }

    Article parse(String source, String text, LocalDate retrieved) throws ArticleException {
        return parse(source, text, retrieved, null);
    }

    /** As {@link #parse(String, String, LocalDate)}, for a page a crawler captured (or null). */
    Article parse(String source, String text, LocalDate retrieved, Capture capture) throws ArticleException {
        List<String> lines = lines(text);
        Draft meta = new Draft();
        int first = header(lines, meta);
        int last = footer(lines, first, meta);
        StringBuilder body = new StringBuilder();
        for (int i = first; i < last; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || isFurniture(line)) continue;
            if (body.length() > 0) body.append('\n');
            body.append(line);
        }
        if (body.length() == 0) throw new ArticleException(source, "no article text");
        if (capture != null) capture.fill(meta);
        return metadata.article(source, body.toString(), meta, retrieved);
    }

    /** Splits on CR LF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Text.isLineEnd(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Reads metadata from the lines before the first paragraph; returns the index of the body's first line. */
    private int header(List<String> lines, Draft meta) {
        List<String> original = new ArrayList<>(lines);
        int firstPlain = -1;
        int keepFrom = -1;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            Matcher dh = DATE_HEADER.matcher(raw);
            if (dh.find()) {
                meta.date(dh.group(1), DateSource.METADATA);
                lines.set(i, raw.substring(dh.end()));
                raw = lines.get(i);
            }
            String line = raw.strip();
            if (line.isEmpty() || isFurniture(line)) continue;
            if (line.length() <= MAX_URL_LINE) {
                Matcher u = URL_HEADER.matcher(line);
                if (u.matches()) {
                    if (meta.url == null) meta.url = u.group(1);
                    lines.set(i, "");
                    original.set(i, "");
                    continue;
                }
            }
            if (isParagraph(line)) return keepFrom >= 0 ? keepFrom : i;
            headerLine(line, meta);
            if (DATELINE.matcher(line).matches()) {
                // "Kyiv • UNN": the dateline stays in the body, its place is named there.
                if (keepFrom < 0) keepFrom = i;
                continue;
            }
            if (firstPlain < 0 && words(line) >= 4 && !isDateLine(line) && !isByline(line)) firstPlain = i;
            lines.set(i, "");
        }
        // No paragraph at all: a short article, not a page of headers. Its lines are the body.
        if (firstPlain >= 0) {
            meta.title = null;
            for (int i = firstPlain; i < lines.size(); i++) lines.set(i, original.get(i));
            return firstPlain;
        }
        return lines.size();
    }

    /** What one header line says: a date, the outlet, a byline, the headline, a masthead. */
    private void headerLine(String line, Draft meta) {
        Matcher label = DATE_LABEL.matcher(line);
        if (words(line) <= 10 && label.matches() && Dates.find(label.group(1)).isPresent()) {
            meta.date(label.group(1), DateSource.METADATA);
        } else if (isDateLine(line)) {
            meta.date(line, DateSource.HEADER);
        } else if (words(line) <= 8 && Metadata.isRelative(line)) {
            meta.relative.add(line);
        } else if (isOutlet(line)) {
            outletLine(line, meta);
        } else if (DATELINE.matcher(line).matches()) {
            Matcher d = DATELINE.matcher(line);
            if (d.matches()) {
                String named = metadata.outlets().named(d.group(2).strip());
                if (named != null && meta.credited == null) meta.credited = named;
                else if (meta.outletGuess == null) meta.outletGuess = d.group(2).strip();
            }
        } else if (isByline(line)) {
            byline(line, meta);
        } else if (words(line) <= 16 && DATED_BYLINE.matcher(line).lookingAt() && Dates.find(line).isPresent()) {
            meta.date(line, DateSource.HEADER);
        } else if (meta.title == null && words(line) >= 4 && Titles.headlineShaped(line, words(line))) {
            title(line, meta);
        } else if (meta.title != null && meta.outletGuess == null && looksLikeName(line)) {
            // A short name line right under the headline may be the outlet's masthead.
            meta.outletGuess = line;
        } else if (meta.credited == null) {
            meta.credited = Credits.outlet(line, metadata.outlets());
        }
    }

    /** A line that is an organization's name: the publisher when it names an outlet, else a guess. */
    private void outletLine(String line, Draft meta) {
        String named = metadata.outlets().named(line);
        if (named != null) {
            if (meta.masthead == null) meta.masthead = line;
        } else if (meta.outletGuess == null) {
            meta.outletGuess = line;
        }
    }

    /** Reads the byline, outlet and URL that trail the article; returns the end of the body. */
    private int footer(List<String> lines, int first, Draft meta) {
        int end = lines.size();
        while (end > first) {
            String line = lines.get(end - 1).strip();
            if (line.isEmpty() || isFurniture(line)) {
                end--;
                continue;
            }
            if (line.length() > MAX_URL_LINE) break;
            Matcher url = URL_LINE.matcher(line);
            if (url.matches()) {
                if (meta.url == null) meta.url = url.group(1);
                end--;
            } else if (line.length() > MAX_HEADER_LINE) {
                break;
            } else if (isByline(line)) {
                byline(line, meta);
                end--;
            } else if (gluedOutletAuthor(line, meta)) {
                end--;
            } else if (isOutlet(line)) {
                outletLine(line, meta);
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private void title(String line, Draft meta) {
        meta.title = line;
        String site = Titles.siteName(line, metadata.outlets());
        if (site != null && meta.outletGuess == null) meta.outletGuess = site;
    }

    private void byline(String line, Draft meta) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) return;
        String names = m.group(1).replaceAll("\\s*\\[.*$", "").strip();
        if (names.equals(names.toUpperCase(Locale.ROOT))) names = titleCase(names);
        if (meta.author == null) meta.author = names;
        Matcher email = EMAIL.matcher(line);
        if (meta.outletGuess == null && email.find()) meta.outletGuess = outletOfDomain(email.group(1));
    }

    /** "The Kyiv IndependentTim Zadorozhnyy": a page that glued the masthead to the byline. */
    private boolean gluedOutletAuthor(String line, Draft meta) {
        String squashedLine = squash(line);
        for (String outlet : outlets) {
            if (outlet.length() >= 3 && squashedLine.startsWith(outlet) && !squashedLine.equals(outlet)) {
                int skipped = squashedLine.length() == rawSquash(line).length() ? 0 : 3;
                int cut = cutAfterLetters(line, outlet.length() + skipped);
                String rest = line.substring(cut).strip();
                if (looksLikeName(rest) && Character.isLowerCase(line.charAt(cut - 1))) {
                    outletLine(line.substring(0, cut).strip(), meta);
                    if (meta.author == null) meta.author = rest;
                    return true;
                }
            }
        }
        return false;
    }

    private String outletOfDomain(String domain) {
        String[] parts = domain.toLowerCase(Locale.ROOT).split("\\.");
        for (String part : parts) {
            if (part.length() >= 3 && outlets.contains(part)) return part;
        }
        return null;
    }

    private boolean isOutlet(String line) {
        return line.length() <= 60 && outlets.contains(squash(line));
    }

    private static boolean isFurniture(String line) {
        return PUNCTUATION_ONLY.matcher(line).matches() || (line.length() <= 80 && BOILERPLATE.matcher(line).matches());
    }

    private static boolean isByline(String line) {
        return line.length() <= MAX_HEADER_LINE && words(line) <= 12 && BYLINE.matcher(line).matches();
    }

    private static boolean isDateLine(String line) {
        return words(line) <= 8 && Dates.find(line).isPresent();
    }

    /** A line of running text rather than a headline, date or label. */
    private static boolean isParagraph(String line) {
        if (line.length() > MAX_HEADER_LINE) return true;
        int words = words(line);
        boolean sentenceEnd = !line.isEmpty() && ".!?:\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
        return (words >= 12 && sentenceEnd) || words >= 30;
    }

    private static boolean looksLikeName(String s) {
        return s.length() <= MAX_HEADER_LINE && NAME.matcher(s).matches();
    }

    /** Runs of characters other than ASCII white space (what regex {@code \s} matches), counted without splitting. */
    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    private static int cutAfterLetters(String line, int letters) {
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) seen++;
            if (seen == letters) return i + 1;
        }
        return line.length();
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Lower-case letters and digits only, a leading "the" dropped: how outlet names are compared. */
    static String squash(String s) {
        String out = rawSquash(s);
        return out.startsWith("the") && out.length() > 6 ? out.substring(3) : out;
    }

    private static String rawSquash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
