package org.osintkg.link;

/** The endpoint could not be asked; the message names it and the reason. */
public final class LinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }
}
