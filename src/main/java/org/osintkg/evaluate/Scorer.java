package org.osintkg.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osintkg.extract.Claim;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.Names;
import org.osintkg.rdf.Extraction;
import org.osintkg.resolve.Entity;
import org.osintkg.resolve.ResolvedClaim;

/**
 * Scores extractions against gold annotations, as the corpus README defines: an entity is found
 * when one of its names equals one of the gold names (case, accents, a leading "the", a trailing
 * "'s" and leading titles aside); a claim when the quantity is equal and the claimant matches.
 */
public final class Scorer {
    private static final Set<String> TITLES = Set.of("president", "gen", "general", "brig", "lt", "lieutenant",
            "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral", "commander", "minister", "dr", "mr",
            "mrs", "ms", "prime", "secretary", "spokesperson", "spokesman", "chief", "deputy", "senator", "sen");

    private final Map<String, Counts> entities = new TreeMap<>();
    private final Map<String, Counts> claimTypes = new TreeMap<>();
    private final Counts quantityClaimant = new Counts();
    /** Per gold entity of every article: its names and the IRIs of the predicted entities that matched it. */
    private final List<Set<String>> goldNameSets = new ArrayList<>();
    private final List<Set<String>> goldIris = new ArrayList<>();
    private final List<Set<String>> goldKeys = new ArrayList<>();
    private final List<Boolean> goldPerson = new ArrayList<>();
    private final Map<String, String> same = new java.util.HashMap<>();

    /** Declares names that denote one entity across articles (cross-document coreference of the gold). */
    public void same(List<String> names) {
        String first = norm(names.get(0));
        for (String n : names) same.put(norm(n), first);
    }
    private int evidenceChecked;
    /** The publisher of the article being added: a claim credited to it is matched as outlets are. */
    private Entity publisher;
    private int evidenceExact;

    /**
     * Adds one article: its extraction, the article as read and its gold. Its publisher is one of
     * its organizations when the page's text gave it (an article without a URL) or the body names it;
     * an outlet known from the URL alone is not a name in the article.
     */
    public void add(Extraction x, org.osintkg.article.Article a, Gold gold) {
        add(x, a.body(), a.url() == null, gold);
    }

    /** Adds one article whose publisher, if any, counts as its organization only when the body names it. */
    public void add(Extraction x, String body, Gold gold) {
        add(x, body, false, gold);
    }

    private void add(Extraction x, String body, boolean publisherFromText, Gold gold) {
        Map<String, List<Set<String>>> predicted = new LinkedHashMap<>();
        for (String c : List.of("person", "organization", "unit", "place")) predicted.put(c, new ArrayList<>());
        List<Entity> all = new ArrayList<>(x.entities());
        if (x.outlet() != null && all.stream().noneMatch(e -> e.iri().equals(x.outlet().iri()))
                && (publisherFromText || named(body, x.outlet()))) {
            all.add(x.outlet());
        }
        for (Entity e : all) {
            String c = classOf(e.kind());
            if (c != null) predicted.get(c).add(names(e));
        }
        score("person", predicted.get("person"), gold.persons());
        score("organization", predicted.get("organization"),
                gold.organizations().stream().filter(o -> !Boolean.TRUE.equals(o.unit())).toList());
        score("unit", predicted.get("unit"), gold.organizations().stream().filter(o -> Boolean.TRUE.equals(o.unit())).toList());
        score("place", predicted.get("place"), gold.places());

        Map<String, Set<String>> entityNames = new LinkedHashMap<>();
        for (Entity e : all) entityNames.put(e.iri(), names(e));
        // A claim credited to the publisher names it whether or not the text does.
        if (x.outlet() != null) entityNames.putIfAbsent(x.outlet().iri(), names(x.outlet()));
        List<Gold.Named> goldAll = new ArrayList<>(gold.persons());
        goldAll.addAll(gold.organizations());
        goldAll.addAll(gold.places());
        for (Gold.Named g : goldAll) {
            Set<String> gn = new HashSet<>();
            gn.add(norm(g.name()));
            for (String a : g.aliases()) gn.add(norm(a));
            Set<String> iris = new HashSet<>();
            entityNames.forEach((iri, n) -> {
                if (intersects(n, gn)) iris.add(iri);
            });
            goldNameSets.add(gn);
            goldIris.add(iris);
            // Groups join on full names; a bare "Kim" shared by two people joins nothing.
            Set<String> keys = new HashSet<>();
            keys.add(norm(g.name()));
            for (String a : g.aliases()) {
                if (norm(a).contains(" ") || Names.isAcronym(a)) keys.add(norm(a));
            }
            goldKeys.add(keys);
            goldPerson.add(gold.persons().contains(g));
        }
        publisher = x.outlet();
        scoreClaims(x.claims(), entityNames, gold.claims());
        for (ResolvedClaim rc : x.claims()) {
            evidenceChecked++;
            Claim c = rc.claim();
            if (c.start() >= 0 && c.end() <= body.length() && c.start() < c.end()) evidenceExact++;
        }
    }

    /** True when the body contains one of the entity's names as a word or phrase, case aside. */
    static boolean named(String body, Entity e) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String n : names(e)) {
            if (n == null || n.length() < 2) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(n)
                    + "(?![\\p{L}\\p{N}])").matcher(lower);
            if (m.find()) return true;
        }
        return false;
    }

    private void score(String cls, List<Set<String>> predicted, List<Gold.Named> gold) {
        List<Set<String>> goldNames = new ArrayList<>();
        for (Gold.Named g : gold) {
            Set<String> n = new HashSet<>();
            n.add(norm(g.name()));
            for (String a : g.aliases()) n.add(norm(a));
            goldNames.add(n);
        }
        int[] m = match(predicted, goldNames);
        entities.computeIfAbsent(cls, k -> new Counts()).add(m[0], m[1], predicted.size(), gold.size());
    }

    /** The types of the corpus gold format: numbers about forces, people or equipment. */
    static final Set<String> COARSE_TYPES = Set.of("TroopCount", "Casualties", "Prisoners", "Equipment", "Other");

    /**
     * A gold file is coarse when every claim it annotates gives a number and has one of the corpus
     * types (a file with no claims is coarse too): it annotates neither the finer types nor claims
     * without a number, so those are compared in its terms.
     */
    static boolean coarse(List<Gold.GoldClaim> gold) {
        return gold.stream().allMatch(g -> g.quantity() != null && COARSE_TYPES.contains(g.type()));
    }

    /**
     * A finer type in the corpus taxonomy. A number of troops said to be present, deployed, fighting,
     * training or commanding is a count of troops: TroopPresence, Deployment, CombatParticipation,
     * Training, Command -> TroopCount. A number of strikes or of things supplied counts weapons or
     * materiel: Strike, Supply -> Equipment. The coarse types map to themselves.
     */
    static String coarseType(Claim.ClaimType t) {
        return switch (t) {
            case TroopPresence, Deployment, CombatParticipation, Training, Command -> "TroopCount";
            case Strike, Supply -> "Equipment";
            default -> t.name();
        };
    }

    private void scoreClaims(List<ResolvedClaim> allClaims, Map<String, Set<String>> names, List<Gold.GoldClaim> gold) {
        boolean coarse = coarse(gold);
        // A coarse gold file annotates only claims with a number: one without is outside what it judges.
        List<ResolvedClaim> claims = coarse ? allClaims.stream().filter(c -> c.claim().quantity() != null).toList() : allClaims;
        List<ResolvedClaim> numeric = claims.stream().filter(c -> c.claim().quantity() != null).toList();
        List<Gold.GoldClaim> goldNumeric = gold.stream().filter(g -> g.quantity() != null).toList();
        boolean[] used = new boolean[goldNumeric.size()];
        int tp = 0;
        for (ResolvedClaim c : numeric) {
            for (int i = 0; i < goldNumeric.size(); i++) {
                Gold.GoldClaim g = goldNumeric.get(i);
                if (!used[i] && g.quantity() == c.claim().quantity().value()
                        && (claimantMatches(c, names, g) || publisherMatches(c, names, g))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        quantityClaimant.add(tp, tp, numeric.size(), goldNumeric.size());
        Map<String, int[]> perType = new TreeMap<>();
        boolean[] usedAll = new boolean[gold.size()];
        for (ResolvedClaim c : claims) {
            String t = coarse ? coarseType(c.claim().type()) : c.claim().type().name();
            perType.computeIfAbsent(t, k -> new int[3])[1]++;
            for (int i = 0; i < gold.size(); i++) {
                Gold.GoldClaim g = gold.get(i);
                Long q = c.claim().quantity() == null ? null : c.claim().quantity().value();
                if (!usedAll[i] && t.equals(g.type()) && java.util.Objects.equals(q, g.quantity())
                        && (claimantMatches(c, names, g) || publisherMatches(c, names, g))) {
                    usedAll[i] = true;
                    perType.get(t)[0]++;
                    break;
                }
            }
        }
        for (Gold.GoldClaim g : gold) perType.computeIfAbsent(g.type(), k -> new int[3])[2]++;
        perType.forEach((t, v) -> claimTypes.computeIfAbsent(t, k -> new Counts()).add(v[0], v[0], v[1], v[2]));
    }

    /**
     * The claimant's names: those of its entity in the report; for a claimant the report lists no
     * entity for ("Kyiv said", read as the Government of Ukraine, which the text does not name), the
     * words the text used for it.
     */
    static boolean claimantMatches(ResolvedClaim c, Map<String, Set<String>> names, Gold.GoldClaim g) {
        Set<String> predicted = names.getOrDefault(c.claimantIri(), Set.of());
        Claim.Source source = c.claim().claimant();
        if (predicted.isEmpty() && source != null && source.mention() != null) predicted = Set.of(norm(source.mention().text()));
        if (norm(g.claimant()) != null && predicted.contains(norm(g.claimant()))) return true;
        for (String a : g.claimant_aliases()) {
            if (predicted.contains(norm(a))) return true;
        }
        return false;
    }

    /** A claim credited to the publisher matches a gold claimant that names it as outlet accuracy judges names. */
    private boolean publisherMatches(ResolvedClaim c, Map<String, Set<String>> names, Gold.GoldClaim g) {
        if (publisher == null || !publisher.iri().equals(c.claimantIri())) return false;
        Set<String> ns = names.getOrDefault(publisher.iri(), Set.of());
        if (g.claimant() != null && MetadataScore.outletMatches(publisher.label(), ns, g.claimant())) return true;
        for (String a : g.claimant_aliases()) {
            if (MetadataScore.outletMatches(publisher.label(), ns, a)) return true;
        }
        return false;
    }

    /** Greedy one-to-one matching; returns {matched predicted, matched gold}. */
    private static int[] match(List<Set<String>> predicted, List<Set<String>> gold) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (Set<String> p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && intersects(p, gold.get(i))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return new int[] {tp, tp};
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) return true;
        }
        return false;
    }

    private static Set<String> names(Entity e) {
        Set<String> n = new HashSet<>();
        n.add(norm(e.label()));
        for (String f : e.surfaceForms()) n.add(norm(f));
        n.remove(null);
        return n;
    }

    private static String classOf(EntityKind k) {
        return switch (k) {
            case PERSON -> "person";
            case ORGANIZATION, OUTLET -> "organization";
            case MILITARY_UNIT -> "unit";
            case PLACE, COUNTRY, REGION, SETTLEMENT, FACILITY -> "place";
            default -> null;
        };
    }

    /** Case, accents, a leading "the", a trailing "'s" and leading titles set aside. */
    static String norm(String s) {
        if (s == null) return null;
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("[“”\"]", "").strip();
        n = n.replaceAll("'s$", "").replaceAll("\\s+", " ");
        if (n.startsWith("the ")) n = n.substring(4);
        String[] words = n.split(" ");
        int i = 0;
        while (i < words.length - 1 && TITLES.contains(words[i].replace(".", ""))) i++;
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)).strip();
    }

    public Map<String, Counts> entities() { return entities; }

    public Map<String, Counts> claimTypes() { return claimTypes; }

    public Counts quantityClaimant() { return quantityClaimant; }

    /**
     * Identity across spellings and articles: gold entities that share a name are one real entity
     * (grouped across articles); {split, groups, merged, predicted IRIs} where split counts groups
     * given more than one IRI and merged counts IRIs given to more than one group.
     */
    public int[] identity() {
        int n = goldNameSets.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, Integer> firstWithName = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String name : goldKeys.get(i)) {
                Integer j = firstWithName.putIfAbsent(same.getOrDefault(name, name), i);
                if (j != null) union(parent, i, j);
            }
        }
        joinSurnames(parent, firstWithName);
        Map<Integer, Set<String>> irisByGroup = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) irisByGroup.computeIfAbsent(find(parent, i), k -> new HashSet<>()).addAll(goldIris.get(i));
        Map<String, Set<Integer>> groupsByIri = new java.util.HashMap<>();
        irisByGroup.forEach((g, iris) -> iris.forEach(iri -> groupsByIri.computeIfAbsent(iri, k -> new HashSet<>()).add(g)));
        int split = (int) irisByGroup.values().stream().filter(s -> s.size() > 1).count();
        int merged = (int) groupsByIri.values().stream().filter(s -> s.size() > 1).count();
        return new int[] {split, irisByGroup.size(), merged, groupsByIri.size()};
    }

    /** The split and merged entities, for reading. */
    public List<String> identityErrors() {
        int n = goldNameSets.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, Integer> firstWithName = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String name : goldKeys.get(i)) {
                Integer j = firstWithName.putIfAbsent(same.getOrDefault(name, name), i);
                if (j != null) union(parent, i, j);
            }
        }
        joinSurnames(parent, firstWithName);
        Map<Integer, Set<String>> names = new java.util.TreeMap<>();
        Map<Integer, Set<String>> iris = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            names.computeIfAbsent(find(parent, i), k -> new java.util.TreeSet<>()).addAll(goldNameSets.get(i));
            iris.computeIfAbsent(find(parent, i), k -> new java.util.TreeSet<>()).addAll(goldIris.get(i));
        }
        List<String> out = new ArrayList<>();
        Map<String, List<Set<String>>> byIri = new java.util.TreeMap<>();
        iris.forEach((g, s) -> {
            if (s.size() > 1) out.add("split  " + names.get(g) + " -> " + s);
            s.forEach(iri -> byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(names.get(g)));
        });
        byIri.forEach((iri, groups) -> {
            if (groups.size() > 1) out.add("merged " + iri + " <- " + groups);
        });
        return out;
    }

    /** A lone "Putin" joins the one full name that ends in it; a lone "Kim" shared by several joins none. */
    private void joinSurnames(int[] parent, Map<String, Integer> firstWithName) {
        Map<String, Set<Integer>> fullByLast = new java.util.HashMap<>();
        firstWithName.forEach((name, i) -> {
            if (name.contains(" ") && goldPerson.get(i)) fullByLast.computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1), k -> new HashSet<>()).add(find(parent, i));
        });
        for (int i = 0; i < goldNameSets.size(); i++) {
            if (!goldPerson.get(i)) continue;
            for (String name : goldNameSets.get(i)) {
                if (name.contains(" ") || name.length() <= 3) continue;
                Set<Integer> groups = fullByLast.get(name);
                if (groups != null && groups.size() == 1) union(parent, i, groups.iterator().next());
            }
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("entities\n");
        entities.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-22s %s%n", k, v)));
        b.append("claims by type (type, claimant and quantity match)\n");
        claimTypes.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-22s %s%n", k, v)));
        b.append(String.format(Locale.ROOT, "(quantity, claimant)     %s%n", quantityClaimant));
        b.append(String.format(Locale.ROOT, "evidence offsets exact   %d of %d%n", evidenceExact, evidenceChecked));
        int[] id = identity();
        b.append(String.format(Locale.ROOT, "identity                 %d of %d gold entities split over several IRIs (%.1f%%), "
                + "%d of %d IRIs merge distinct gold entities (%.1f%%)%n", id[0], id[1], 100.0 * id[0] / Math.max(1, id[1]),
                id[2], id[3], 100.0 * id[2] / Math.max(1, id[3])));
        return b.toString();
    }
}
