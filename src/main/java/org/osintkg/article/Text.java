package org.osintkg.article;

/** Line and space normalization shared by the readers. */
final class Text {
    private Text() {}

    /**
     * Unix line ends, each line stripped, runs of blank lines dropped. Other line separators
     * (U+0085, U+2028, U+2029) end lines too, and control characters other than the tab become
     * spaces: a body holds printable text and {@code \n} only.
     */
    static String normalize(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        int lineStart = 0;
        for (int i = 0, n = s.length(); i <= n; i++) {
            char c = i < n ? s.charAt(i) : '\n';
            if (isLineEnd(c)) {
                appendLine(b, s, lineStart, i);
                lineStart = i + 1;
            }
        }
        return b.toString();
    }

    private static void appendLine(StringBuilder b, String s, int from, int to) {
        while (from < to && blank(s.charAt(from))) from++;
        while (to > from && blank(s.charAt(to - 1))) to--;
        if (from == to) return;
        if (b.length() > 0) b.append('\n');
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            b.append(c != '\t' && Character.isISOControl(c) ? ' ' : c);
        }
    }

    /** What the readers split lines on: CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Metadata as one line: whitespace and control runs collapsed to one space; null when blank. */
    static String oneLine(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(Math.min(s.length(), 1024));
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (blank(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
