package org.osintkg.article;

/** Line and space normalization shared by the readers. */
final class Text {
    private Text() {}

    /** Unix line ends, each line stripped, runs of blank lines dropped. */
    static String normalize(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(t);
        }
        return b.toString();
    }
}
