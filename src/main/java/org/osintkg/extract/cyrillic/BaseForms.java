package org.osintkg.extract.cyrillic;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The KB name a surface form was matched to ("Ростовской областью" → "Ростовская область"), kept by
 * the gazetteer for the resolver: the nominative of an inflected KB name without generating it.
 * Deterministic per surface form, so shared across threads; bounded so a long run cannot grow it
 * without end.
 */
public final class BaseForms {
    private static final int LIMIT = 200_000;
    private final ConcurrentHashMap<String, String> bySurface = new ConcurrentHashMap<>();

    void put(String surface, String base) {
        if (bySurface.size() < LIMIT && !surface.equals(base)) bySurface.putIfAbsent(surface, base);
    }

    String get(String surface) {
        return bySurface.get(surface);
    }
}
