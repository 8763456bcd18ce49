package org.osintkg.extract;

/**
 * A person's role as the text gives it ("Yevhen Romanov, a spokesperson for … OTU Kharkiv"):
 * the role words and the organization, when one is named.
 */
public record Role(Mention person, String role, Mention organization, int start, int end) {}
