package org.osintkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.Names;
import org.osintkg.kb.ReferenceEntity;

/**
 * Groups an article's mentions into entities: KB matches by their IRI, people by a key that
 * romanization variants share, short forms and acronyms with the full form they stand for.
 * IRIs are deterministic, so one entity seen in two articles is one IRI.
 */
public final class Resolver {
    public static final String ID = "https://w3id.org/osintkg/id/";

    private final KnowledgeBase kb;
    private final NameVariants variants = new NameVariants();
    private final Map<String, ReferenceEntity> kbPeopleByKey = new HashMap<>();
    private final Map<String, ReferenceEntity> kbByName = new HashMap<>();
    private final NameForms forms;

    public Resolver(KnowledgeBase kb) {
        this(kb, NameForms.ENGLISH);
    }

    /** A resolver for articles in another language: names are keyed by their base form in Latin letters. */
    public Resolver(KnowledgeBase kb, NameForms forms) {
        this.kb = kb;
        this.forms = forms;
        for (ReferenceEntity e : kb.entities()) {
            kbByName.putIfAbsent(squash(e.label()), e);
            for (String a : e.aliases()) kbByName.putIfAbsent(squash(a), e);
            if (e.kind() != EntityKind.PERSON) continue;
            kbPeopleByKey.putIfAbsent(variants.personKey(e.label()), e);
            for (String a : e.aliases()) {
                if (Names.tokens(a).size() >= 2) kbPeopleByKey.putIfAbsent(variants.personKey(a), e);
            }
        }
    }

    /**
     * A name given outside the body (an outlet in the metadata): the KB entity it names, or a new
     * entity of the given kind.
     */
    public Entity named(String name, EntityKind kind) {
        ReferenceEntity ref = kbByName.get(squash(name));
        if (ref != null && (ref.kind().isOrganization() == kind.isOrganization())) {
            return new Entity(ref.iri(), ref.kind(), ref.label(), List.of(name), ref.iri(), List.of());
        }
        return new Entity(ID + kind.iriSegment() + "/" + Names.slug(Names.key(name)), kind, name, List.of(name), null,
                List.of());
    }

    /** A person's name as the key is made: base form, Latin letters. */
    private String personName(String text) {
        return forms.latin(forms.base(text, true));
    }

    private static String squash(String s) {
        return Names.key(s).replace(" ", "");
    }

    /** A group of mentions being built. */
    private static final class Cluster {
        final String key;
        EntityKind kind;
        String kbIri;
        final List<Mention> mentions = new ArrayList<>();

        Cluster(String key, EntityKind kind, String kbIri) {
            this.key = key;
            this.kind = kind;
            this.kbIri = kbIri;
        }
    }

    public List<Entity> resolve(List<Mention> mentions) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<Integer, Cluster> byStart = new HashMap<>();
        Map<Mention, Cluster> assigned = new IdentityHashMap<>();
        List<Mention> deferred = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.aliasOf() >= 0 || isShortPerson(m)) {
                deferred.add(m);
                continue;
            }
            Cluster c = clusterFor(m, clusters);
            add(c, m, assigned, byStart);
        }
        for (Mention m : deferred) {
            Cluster c = m.aliasOf() >= 0 ? byStart.get(m.aliasOf()) : samePerson(m, clusters);
            if (c == null) c = clusterFor(m, clusters);
            add(c, m, assigned, byStart);
        }
        foldCitiesIntoNamedRegions(clusters);
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters.values()) {
            if (!c.mentions.isEmpty()) out.add(entity(c));
        }
        return out;
    }

    /**
     * "Kursk" in an article that also names "Kursk Oblast" or "the Kursk region" is the region:
     * war reporting shortens the region to its name, and the article has told which it means. A
     * state's capital stays the city: "Kyiv" beside "the Kyiv region" is the capital.
     */
    private void foldCitiesIntoNamedRegions(Map<String, Cluster> clusters) {
        for (Cluster city : new ArrayList<>(clusters.values())) {
            if (city.kind != EntityKind.SETTLEMENT || city.kbIri == null) continue;
            // A state's capital is named as the city itself ("explosions in Kyiv", "the Kyiv region" beside it).
            if (kb.get(city.kbIri).map(e -> e.capitalOf() != null).orElse(false)) continue;
            String name = kb.get(city.kbIri).map(ReferenceEntity::label).orElse(null);
            if (name == null) continue;
            for (Cluster region : clusters.values()) {
                if (region == city || region.kind != EntityKind.REGION || region.kbIri == null) continue;
                String rl = kb.get(region.kbIri).map(ReferenceEntity::label).orElse("");
                boolean named = region.mentions.stream().anyMatch(m -> Names.key(m.text()).startsWith(Names.key(name) + " "));
                if (named && Names.key(rl).startsWith(Names.key(name) + " ")) {
                    region.mentions.addAll(city.mentions);
                    city.mentions.clear();
                    break;
                }
            }
        }
    }

    private static void add(Cluster c, Mention m, Map<Mention, Cluster> assigned, Map<Integer, Cluster> byStart) {
        c.mentions.add(m);
        assigned.put(m, c);
        byStart.put(m.start(), c);
        if (moreSpecific(m.kind(), c.kind)) c.kind = m.kind();
    }

    private boolean isShortPerson(Mention m) {
        return (m.kind() == EntityKind.PERSON && Names.tokens(m.text()).size() == 1) || m.weak();
    }

    /** A surname alone: the person of this article with that surname, if one was named in full. */
    private Cluster samePerson(Mention m, Map<String, Cluster> clusters) {
        String surname = variants.surnameKey(personName(m.text()));
        Cluster found = null;
        for (Cluster c : clusters.values()) {
            if (c.kind != EntityKind.PERSON) continue;
            for (Mention o : c.mentions) {
                if (Names.tokens(o.text()).size() >= 2 && variants.surnameKey(personName(o.text())).equals(surname)) {
                    if (found != null && found != c) return null;
                    found = c;
                }
            }
        }
        return found != null ? found : sameFirstWord(m, clusters);
    }

    /**
     * A word alone that begins the one person of this article named in full with it: a family name
     * written first ("Ли" after "Ли Сон Квен"), or a given name ("Юрій" after "Юрій Погуляйко").
     */
    private Cluster sameFirstWord(Mention m, Map<String, Cluster> clusters) {
        List<String> alone = Names.tokens(personName(m.text()));
        if (alone.size() != 1) return null;
        String key = Names.phonetic(alone.get(0));
        Cluster found = null;
        for (Cluster c : clusters.values()) {
            if (c.kind != EntityKind.PERSON) continue;
            for (Mention o : c.mentions) {
                List<String> words = Names.tokens(personName(o.text()));
                if (words.size() >= 2 && Names.phonetic(words.get(0)).equals(key)) {
                    if (found != null && found != c) return null;
                    found = c;
                }
            }
        }
        return found;
    }

    private Cluster clusterFor(Mention m, Map<String, Cluster> clusters) {
        String kbIri = m.kbIri();
        if (kbIri == null && m.kind() == EntityKind.PERSON) {
            ReferenceEntity ref = kbPeopleByKey.get(variants.personKey(personName(m.text())));
            if (ref != null) kbIri = ref.iri();
        }
        if (kbIri != null) {
            String iri = kbIri;
            EntityKind kind = kb.get(iri).map(ReferenceEntity::kind).orElse(m.kind());
            return clusters.computeIfAbsent("kb " + iri, k -> new Cluster(k, kind, iri));
        }
        if (m.kind().isPlace() && m.text().startsWith("Republic of ")) {
            // "Republic of Ukraine": a state's formal name is the state.
            ReferenceEntity state = kbByName.get(squash(m.text().substring("Republic of ".length())));
            if (state != null && state.kind() == EntityKind.COUNTRY) {
                return clusters.computeIfAbsent("kb " + state.iri(), k -> new Cluster(k, EntityKind.COUNTRY, state.iri()));
            }
        }
        String key = m.kind() == EntityKind.PERSON ? "person " + variants.personKey(personName(m.text()))
                : m.kind() == EntityKind.MILITARY_UNIT && UNIT_ORDINAL.matcher(m.text()).find() ? unitKey(m.text())
                : family(m.kind()) + " " + Names.key(forms.latin(forms.base(m.text(), false)));
        return clusters.computeIfAbsent(key, k -> new Cluster(k, m.kind(), null));
    }

    private static final java.util.regex.Pattern UNIT_ORDINAL = java.util.regex.Pattern.compile(
            "^(\\d+)(?:st|nd|rd|th)\\b.*\\b(Brigade|Division|Regiment|Battalion|Corps|Army|Fleet|Squadron|Detachment)\\b");

    /** "24th Brigade" and "24th Separate Mechanized Brigade" in one article are one unit. */
    private static String unitKey(String text) {
        java.util.regex.Matcher m = UNIT_ORDINAL.matcher(text);
        m.find();
        return "unit " + m.group(1) + " " + m.group(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static String family(EntityKind k) {
        return k.isPlace() ? "place" : k.isOrganization() ? "org" : k.name().toLowerCase();
    }

    private Entity entity(Cluster c) {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention m : c.mentions) {
            forms.add(m.text());
            forms.add(this.forms.base(m.text(), c.kind == EntityKind.PERSON));
        }
        ReferenceEntity ref = c.kbIri == null ? null : kb.get(c.kbIri).orElse(null);
        String label;
        String iri;
        EntityKind kind = c.kind;
        if (ref != null) {
            label = ref.label();
            iri = ref.iri();
            kind = ref.kind();
        } else {
            label = this.forms.base(longest(c), c.kind == EntityKind.PERSON);
            String keyPart = c.kind == EntityKind.PERSON ? variants.personKey(this.forms.latin(label))
                    : Names.key(this.forms.latin(label));
            iri = ID + kind.iriSegment() + "/" + Names.slug(keyPart);
        }
        return new Entity(iri, kind, label, new ArrayList<>(forms), ref == null ? null : ref.iri(), c.mentions);
    }

    /** The fullest form: most tokens, then most characters, then first used. */
    private static String longest(Cluster c) {
        String best = null;
        for (Mention m : c.mentions) {
            if (m.aliasOf() >= 0) continue;
            if (best == null || rank(m.text()) > rank(best)) best = m.text();
        }
        return best != null ? best : c.mentions.get(0).text();
    }

    private static int rank(String s) {
        return Names.tokens(s).size() * 1000 + s.length();
    }

    private static boolean moreSpecific(EntityKind a, EntityKind b) {
        if (a == b) return false;
        if (b == EntityKind.ORGANIZATION) return a.isOrganization();
        if (b == EntityKind.PLACE) return a.isPlace();
        return false;
    }
}
