package org.osintkg.query;

/** A query that cannot be parsed, bound or run; the message says where and why. */
public final class QueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
