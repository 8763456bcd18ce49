package org.osintkg.extract;

/**
 * A number about people or things in the text.
 *
 * @param value     the total ("two brigades of 6,000 each" → 12000)
 * @param qualifier how exact the text says it is
 * @param counted   what is counted ("North Korean soldiers"), or null when the text leaves it implicit
 * @param perUnit   for "N units of M each", M; else null
 * @param units     for "N units of M each", N; else null
 * @param start     span of the number phrase in the text
 */
public record Quantity(long value, Qualifier qualifier, String counted, Long perUnit, Long units, int start, int end) {
    /** How exact a number is. */
    public enum Qualifier { EXACTLY, APPROXIMATELY, AT_LEAST, AT_MOST }
}
