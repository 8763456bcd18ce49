package org.osintkg.article;

/**
 * An article that cannot be read; the message names the reason, the source names the input.
 *
 * <p>Both are one line of printable text (control characters such as a newline in a file name are
 * escaped) and the reason is capped in length, so that a report prints as one line per failure
 * whatever the input held. The exception is a value, not a fault in the program: it carries no stack
 * trace, which keeps a batch with many bad inputs cheap.
 */
public final class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Longest reason kept; parser messages that quote input are cut here. */
    static final int MAX_REASON = 300;

    private final String source;
    private final String reason;

    public ArticleException(String source, String reason) {
        super(oneLine(source, Integer.MAX_VALUE) + ": " + oneLine(reason, MAX_REASON), null, false, false);
        this.source = oneLine(source, Integer.MAX_VALUE);
        this.reason = oneLine(reason, MAX_REASON);
    }

    public String source() { return source; }

    /** A short reason, used to count failures by kind. */
    public String reason() { return reason; }

    /** Control characters escaped (a newline as {@code \n}), cut to {@code max} characters. */
    static String oneLine(String s, int max) {
        if (s == null) return "unknown";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        int i = 0;
        for (; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (i < s.length()) {
            if (b.length() > max) b.setLength(max);
            if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) b.setLength(b.length() - 1);
            b.append('…');
        }
        return b.toString();
    }
}
