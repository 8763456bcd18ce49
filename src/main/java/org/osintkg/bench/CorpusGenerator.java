package org.osintkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;

/**
 * Distinct synthetic articles for benchmarks, in the shape of the seeds and as long as real articles
 * (each draws its length from the seeds' and the development corpus's): attributed troop counts,
 * casualties, denials, strikes, captures and supplies, with reporting verbs, qualifiers, quotes,
 * anonymous sources and relative dates. People and units are drawn from name parts (thousands of
 * each), places, countries and agencies from the reference KB, so the extractor, the resolver and
 * the store see new entities all the time and nothing is deduplicated away. Article {@code i} is
 * always the same text for a given seed.
 */
public final class CorpusGenerator {
    private static final String[] FIRST = {"Andrii", "Oleksandr", "Yevhen", "Nazar", "Vadym", "Kyrylo", "Dmytro",
        "Serhii", "Mykola", "Taras", "Ivan", "Petro", "Yurii", "Roman", "Viktor", "Oleh", "Bohdan", "Maksym", "Artem",
        "Anatolii", "Olena", "Iryna", "Kateryna", "Natalia", "Yuliia", "John", "Michael", "David", "Sarah", "Emily",
        "James", "Robert", "Laura", "Thomas", "Daniel", "Pavlo", "Vitalii", "Ruslan", "Hanna", "Svitlana"};
    private static final String[] STEM = {"Koval", "Bondar", "Shevch", "Tkach", "Kravch", "Oliin", "Polishch", "Lysen",
        "Marchen", "Savch", "Rudn", "Moroz", "Pavl", "Hnat", "Kuzm", "Yaresh", "Dovzh", "Khar", "Zaiats", "Sydor",
        "Hrytsen", "Lytvyn", "Fedor", "Ostap", "Danyl"};
    private static final String[] ENDING = {"enko", "uk", "chuk", "yshyn", "ovych", "iak", "ets", "ko", "sky", "ov"};
    private static final String[] UNIT_KIND = {"Separate Mechanized Brigade", "Separate Assault Brigade",
        "Territorial Defense Brigade", "Airborne Assault Brigade", "Marine Brigade", "Separate Artillery Brigade",
        "Motorized Rifle Regiment", "Separate Tank Brigade"};
    private static final String[] ROLE = {"spokesperson", "commander", "deputy commander", "press officer", "chief of staff"};
    private static final String[] ANONYMOUS = {"a Ukrainian security source", "Western officials", "unofficial sources",
        "local sources", "a senior military official", "two people familiar with the matter", "partisan groups"};
    private static final String[] SAID = {"said", "told reporters", "stated", "confirmed", "claimed", "noted", "announced"};
    private static final String[] QUALIFIER = {"", "about ", "more than ", "at least ", "up to ", "nearly ", "some ",
        "around ", "over "};
    private static final String[] TROOPS = {"soldiers", "troops", "servicemen", "infantrymen", "officers", "military personnel"};
    private static final String[] HEDGE = {"may", "could", "is likely to", "reportedly will"};
    private static final String[] PAPER = {"Herald", "Post", "Times", "Daily", "Observer", "Monitor", "Courier", "Gazette"};
    private static final String[] AGENCY_WORD = {"Institute for", "Center for", "Council on", "Foundation for"};
    private static final String[] AGENCY_TOPIC = {"Strategic Studies", "Defense Analysis", "Security Policy",
        "Conflict Research", "Eastern European Affairs"};

    private final long seed;
    private final List<Integer> lengths;
    private final List<String> regions;
    private final List<String> settlements;
    private final List<ReferenceEntity> countries;
    private final List<String> agencies;
    private final List<String> outlets;
    private final ObjectMapper json = new ObjectMapper();

    /** About 1.2 tokens per word in news text: the tokenizer splits punctuation and possessives off. */
    static int estimatedTokens(CharSequence text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) words++;
            in = !space;
        }
        return (int) Math.round(words * 1.2);
    }

    /** Tokens per article of the real articles (resource bench/real-lengths.tsv). */
    static List<Integer> realLengths() {
        try (var in = CorpusGenerator.class.getResourceAsStream("/bench/real-lengths.tsv")) {
            if (in == null) throw new IllegalStateException("bench/real-lengths.tsv is missing from the classpath");
            List<Integer> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(Integer.parseInt(line.split("\t")[0].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public CorpusGenerator(KnowledgeBase kb, long seed) {
        this(kb, seed, realLengths());
    }

    /** @param lengths the article lengths in tokens to draw from */
    public CorpusGenerator(KnowledgeBase kb, long seed, List<Integer> lengths) {
        if (lengths.isEmpty()) throw new IllegalArgumentException("no article lengths to draw from");
        this.lengths = List.copyOf(lengths);
        this.seed = seed;
        this.regions = labels(kb, EntityKind.REGION);
        this.settlements = labels(kb, EntityKind.SETTLEMENT);
        this.countries = kb.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY && e.demonym() != null)
                .sorted(java.util.Comparator.comparing(ReferenceEntity::iri)).toList();
        this.agencies = labels(kb, EntityKind.ORGANIZATION);
        this.outlets = labels(kb, EntityKind.OUTLET);
        if (regions.isEmpty() || settlements.isEmpty() || countries.isEmpty() || agencies.isEmpty()) {
            throw new IllegalArgumentException("the KB has no regions, settlements, countries or organizations to draw on");
        }
    }

    private static List<String> labels(KnowledgeBase kb, EntityKind kind) {
        List<String> out = new ArrayList<>(kb.entities().stream().filter(e -> e.kind() == kind)
                .map(ReferenceEntity::label).toList());
        Collections.sort(out);
        return out;
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) as one JSON Lines feed file. */
    public void writeFeed(Path file, int from, int to) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                w.write(json.writeValueAsString(article(i)));
                w.write('\n');
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Article {@code i} as a feed object: url, title, published, outlet, author, text. */
    public ObjectNode article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Slots s = new Slots(r);
        LocalDate published = LocalDate.of(2022, 3, 1).plusDays(r.nextInt(1700));
        String outlet = r.nextInt(3) == 0 || outlets.isEmpty()
                ? pick(r, settlements) + " " + pick(r, PAPER) : pick(r, outlets);
        List<Function<LocalDate, String>> paragraphs = new ArrayList<>(List.of(
                d -> s.org + " " + pick(r, SAID) + " on " + weekday(d, r) + " that " + s.count() + " " + s.demonym
                        + " " + pick(r, TROOPS) + " had arrived in " + s.region + ", where they are being trained at ranges near "
                        + s.town + ".",
                d -> "\u201CWe see " + s.demonym + " troops moving toward " + s.town2 + ",\u201D " + s.person + ", "
                        + pick(r, ROLE) + " of the " + s.unit + ", told " + outlet + ".",
                d -> "According to " + s.surname + ", " + s.count() + " " + s.demonym + " soldiers were killed and "
                        + s.count() + " were wounded in fighting near " + s.town + " last week.",
                d -> outlet + " reported, citing " + pick(r, ANONYMOUS) + ", that Russian forces launched " + s.count()
                        + " drones and " + s.small() + " missiles at " + s.region2 + " overnight, and that air defenses shot down "
                        + s.small() + " of them.",
                d -> s.person2 + ", spokesperson for the " + s.org2 + ", denied that " + s.demonym + " troops were present in "
                        + s.region2 + ". \u201CWe have not seen any " + s.demonym + " units in the area,\u201D " + s.surname2 + " said.",
                d -> "The " + s.unit2 + " captured " + s.small() + " " + s.demonym + " soldiers near " + s.town2 + ", the "
                        + s.org + " said on " + d.minusDays(1 + r.nextInt(5)).format(java.time.format.DateTimeFormatter
                        .ofPattern("MMMM d", Locale.ENGLISH)) + ".",
                d -> "Fighting continued along the front near " + s.town + " and " + s.town2 + ". Residents described heavy "
                        + "shelling through the night, and local authorities ordered the evacuation of families with children.",
                d -> s.country.label() + " has supplied " + s.count() + " artillery shells and " + s.small() + " tanks since "
                        + d.minusMonths(2 + r.nextInt(10)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                        + s.person3 + ", head of the " + s.org2 + ", said at a briefing.",
                d -> "Analysts at the " + s.thinkTank + " said the deployment " + pick(r, HEDGE) + " signal a shift in "
                        + "strategy. The claims could not be independently verified.",
                d -> s.surname + " added that the " + s.unit + " had been under the command of " + s.person4 + " since "
                        + d.minusMonths(1 + r.nextInt(12)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "."));
        Collections.shuffle(paragraphs.subList(2, paragraphs.size()), r);
        // As long as a real article: a length drawn from the real ones, the paragraphs repeated in a new order if need be.
        int target = lengths.get(r.nextInt(lengths.size()));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k == 0 || estimatedTokens(text) < target; k++) {
            if (k > 0 && k % paragraphs.size() == 0) Collections.shuffle(paragraphs.subList(2, paragraphs.size()), r);
            text.append(paragraphs.get(k % paragraphs.size()).apply(published)).append("\n\n");
        }
        ObjectNode o = json.createObjectNode();
        o.put("url", "https://bench.osintkg.invalid/" + slug(outlet) + "/" + i);
        o.put("title", s.demonym + " troops in " + s.region + ": " + s.org + " gives new figures");
        o.put("published", published.toString());
        o.put("outlet", outlet);
        o.put("author", pick(r, FIRST) + " " + surname(r));
        o.put("text", text.toString().strip());
        return o;
    }

    /** The names one article uses, drawn once so that later sentences refer back to them. */
    private final class Slots {
        final Random r;
        final String person;
        final String surname;
        final String person2;
        final String surname2;
        final String person3;
        final String person4;
        final String unit;
        final String unit2;
        final String org;
        final String org2;
        final String region;
        final String region2;
        final String town;
        final String town2;
        final ReferenceEntity country;
        final String demonym;
        final String thinkTank;

        Slots(Random r) {
            this.r = r;
            surname = surname(r);
            person = pick(r, FIRST) + " " + surname;
            surname2 = surname(r);
            person2 = pick(r, FIRST) + " " + surname2;
            person3 = pick(r, FIRST) + " " + surname(r);
            person4 = pick(r, FIRST) + " " + surname(r);
            unit = unit();
            unit2 = unit();
            org = pick(r, agencies);
            org2 = pick(r, agencies);
            region = pick(r, regions);
            region2 = pick(r, regions);
            town = pick(r, settlements);
            town2 = pick(r, settlements);
            country = countries.get(r.nextInt(countries.size()));
            demonym = country.demonym();
            thinkTank = pick(r, AGENCY_WORD) + " " + pick(r, AGENCY_TOPIC);
        }

        String unit() {
            int n = 1 + r.nextInt(160);
            return ordinal(n) + " " + pick(r, UNIT_KIND);
        }

        /** A troop or casualty figure as articles write it: a qualifier and a rounded number. */
        String count() {
            int n = switch (r.nextInt(3)) {
                case 0 -> 100 * (1 + r.nextInt(150));
                case 1 -> 1000 * (1 + r.nextInt(15));
                default -> 10 + r.nextInt(990);
            };
            return pick(r, QUALIFIER) + String.format(Locale.ENGLISH, "%,d", n);
        }

        String small() {
            return Integer.toString(2 + r.nextInt(60));
        }
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String pick(Random r, List<String> a) {
        return a.get(r.nextInt(a.size()));
    }

    private static String surname(Random r) {
        return pick(r, STEM) + pick(r, ENDING);
    }

    private static String weekday(LocalDate published, Random r) {
        DayOfWeek d = published.minusDays(1 + r.nextInt(6)).getDayOfWeek();
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
