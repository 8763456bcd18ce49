package org.osintkg.article;

/** Names of inputs as messages and identities use them. */
final class Sources {
    private Sources() {}

    /** The last path segment: a moved file keeps its identity. */
    static String name(String source) {
        String s = source.replace('\\', '/');
        int colon = s.lastIndexOf(':');
        String line = "";
        if (colon > 0 && s.substring(colon + 1).matches("\\d+")) {
            line = s.substring(colon);
            s = s.substring(0, colon);
        }
        int slash = s.lastIndexOf('/');
        return (slash >= 0 ? s.substring(slash + 1) : s) + line;
    }
}
