package org.osintkg.kb;

/** The kinds of named things the graph holds; each maps to one osint: class. */
public enum EntityKind {
    PERSON("Person", "person"),
    ORGANIZATION("Organization", "org"),
    MILITARY_UNIT("MilitaryUnit", "org"),
    OUTLET("Outlet", "org"),
    PLACE("Place", "place"),
    COUNTRY("Country", "place"),
    REGION("Region", "place"),
    SETTLEMENT("Settlement", "place"),
    FACILITY("Facility", "place"),
    ANONYMOUS_SOURCE("AnonymousSource", "source");

    private final String className;
    private final String iriSegment;

    EntityKind(String className, String iriSegment) {
        this.className = className;
        this.iriSegment = iriSegment;
    }

    /** Local name of the osint: class. */
    public String className() { return className; }

    /** The IRI path segment entities of this kind are minted under (id:person/…, id:org/…, id:place/…). */
    public String iriSegment() { return iriSegment; }

    public boolean isPlace() { return iriSegment.equals("place"); }

    public boolean isOrganization() { return iriSegment.equals("org"); }

    public static EntityKind ofClass(String localName) {
        for (EntityKind k : values()) {
            if (k.className.equals(localName)) return k;
        }
        return null;
    }
}
