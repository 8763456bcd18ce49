package org.osintkg.article;

/** An article that cannot be read; the message names the reason, the source names the input. */
public final class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String reason;

    public ArticleException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() { return source; }

    /** A short reason, used to count failures by kind. */
    public String reason() { return reason; }
}
