package org.osintkg.store;

/** The store cannot be opened or written; the message names the folder and the reason. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
