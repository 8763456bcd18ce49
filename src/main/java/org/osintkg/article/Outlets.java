package org.osintkg.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the reader knows of news outlets, given by whoever builds it (the reference KB): names of
 * organizations (to tell a masthead from text), outlet names and aliases (to read credit lines), the
 * web domains each outlet publishes on, and the outlets that write dates month first.
 */
public final class Outlets {
    private final Set<String> organizations;
    private final Map<String, String> byName;
    private final Map<String, String> byDomain;
    private final Set<String> dayFirst;
    private final SiteNames siteNames;

    /**
     * @param organizationNames names and aliases of organizations (outlets included), for mastheads
     * @param outletNames       every name and alias of an outlet -> the outlet's canonical name
     * @param domains           a domain ("pravda.com.ua", lowercase, no "www.") -> the outlet's canonical name
     * @param dayFirst          canonical names of outlets that write 06/07/2024 for 6 July (those of a
     *                          known country other than the US); any other outlet is read month first
     */
    public Outlets(Set<String> organizationNames, Map<String, String> outletNames, Map<String, String> domains,
                   Set<String> dayFirst) {
        Set<String> orgs = new HashSet<>();
        for (String n : organizationNames) {
            String s = ScrapedText.squash(n);
            if (s.length() >= 2) orgs.add(s);
        }
        Map<String, String> names = new HashMap<>();
        outletNames.forEach((name, label) -> {
            String s = ScrapedText.squash(name);
            if (s.length() >= 2) names.putIfAbsent(s, label);
        });
        Map<String, String> hosts = new HashMap<>();
        domains.forEach((d, label) -> hosts.put(d.toLowerCase(Locale.ROOT), label));
        Set<String> df = new HashSet<>();
        for (String n : dayFirst) df.add(ScrapedText.squash(n));
        this.organizations = Set.copyOf(orgs);
        this.byName = Map.copyOf(names);
        this.byDomain = Map.copyOf(hosts);
        this.dayFirst = Set.copyOf(df);
        this.siteNames = new SiteNames(Set.copyOf(outletNames.values()));
    }

    /** Outlets known by name only: each name is an outlet of its own, no domains, countries unknown. */
    public static Outlets named(Set<String> names) {
        Map<String, String> self = new HashMap<>();
        for (String n : names) self.put(n, n);
        return new Outlets(names, self, Map.of(), Set.of());
    }

    /** Squashed names of organizations ({@link ScrapedText#squash}). */
    Set<String> organizations() {
        return organizations;
    }

    /** The outlet this name or alias denotes, or null. */
    String named(String name) {
        return name == null ? null : byName.get(ScrapedText.squash(name));
    }

    /**
     * The outlet publishing on this host: the host itself, else the nearest domain it lies under
     * ("english.pravda.com.ua" -> "pravda.com.ua", "amp.cnn.com" -> "cnn.com"); null when none is known.
     */
    String ofHost(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        while (h.indexOf('.') > 0) {
            String label = byDomain.get(h);
            if (label != null) return label;
            h = h.substring(h.indexOf('.') + 1);
        }
        return null;
    }

    /** A name for a site no outlet is known on, from its registrable domain ("theafricatimes.com" -> "The Africa Times"). */
    String siteName(String site) {
        return siteNames.of(site);
    }

    /**
     * True when the outlet writes numeric dates day first (06/07/2024 for 6 July): an outlet of a
     * known country other than the US. An outlet of the US or of no known country is read month
     * first, the reading of the English-language web at large.
     */
    boolean dayFirst(String outlet) {
        return outlet != null && dayFirst.contains(ScrapedText.squash(outlet));
    }
}
