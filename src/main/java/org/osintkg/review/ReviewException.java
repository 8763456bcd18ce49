package org.osintkg.review;

/** A review that cannot be made: an unknown IRI, a grade off the scale, a merge of an entity with itself…; nothing is written. */
public final class ReviewException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }
}
