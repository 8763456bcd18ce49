package org.osintkg.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osintkg.extract.Claim;
import org.osintkg.extract.Claim.Source;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.Names;
import org.osintkg.kb.ReferenceEntity;

/**
 * Resolves the sources, intermediaries and places of claims to entities: a mention to its entity,
 * an unnamed source to an entity labelled as described, a capital speaking for a state to that
 * state's government, no source to the outlet.
 */
public final class ClaimResolver {
    /** An unattributed claim in a report without a known outlet. */
    public static final String UNATTRIBUTED = Resolver.ID + "source/unattributed";

    private final KnowledgeBase kb;
    private final Map<String, ReferenceEntity> byLabel = new LinkedHashMap<>();
    /** Organizations by every name the KB gives them, written descriptions included ("Ukraine's military intelligence"). */
    private final Map<String, ReferenceEntity> organizationsByName = new java.util.HashMap<>();

    public ClaimResolver(KnowledgeBase kb) {
        this.kb = kb;
        for (ReferenceEntity e : kb.entities()) {
            byLabel.putIfAbsent(e.label(), e);
            if (!e.kind().isOrganization()) continue;
            organizationsByName.putIfAbsent(Names.key(e.label()), e);
            for (String a : e.aliases()) organizationsByName.putIfAbsent(Names.key(a), e);
        }
    }

    /** The claims resolved, and the unnamed sources they introduce (added to {@code entities}). */
    public List<ResolvedClaim> resolve(List<Claim> claims, List<Entity> entities, Entity outlet) {
        Map<Mention, Entity> byMention = new IdentityHashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) byMention.put(m, e);
        }
        Map<String, Entity> anonymous = new LinkedHashMap<>();
        List<ResolvedClaim> out = new ArrayList<>();
        for (Claim c : claims) {
            String claimant = source(c.claimant(), byMention, anonymous, outlet, entities);
            String citedBy = c.citedBy() == null ? null : source(c.citedBy(), byMention, anonymous, outlet, entities);
            if (citedBy != null && citedBy.equals(claimant)) citedBy = null;
            Entity place = c.location() == null ? null : byMention.get(c.location());
            out.add(new ResolvedClaim(c, claimant, citedBy, place == null ? null : place.iri()));
        }
        entities.addAll(anonymous.values());
        return restatementsDropped(out, this::sameVoice, this::sameStatement);
    }

    /**
     * One source giving the same number twice in a report ("Kirill Budanov said 11,000 …", later
     * "Budanov … about 11,000") makes one claim: the spellings only become one source once resolved.
     * So does a body and the organization it belongs to (the UK's Defence Intelligence and the UK
     * Ministry of Defence that posts its updates). The first statement is kept, as the fullest. A number
     * repeated within one sentence is a list, not a restatement.
     */
    static List<ResolvedClaim> restatementsDropped(List<ResolvedClaim> claims, java.util.function.BiPredicate<String, String> sameVoice,
                                                   java.util.function.BiPredicate<ResolvedClaim, ResolvedClaim> sameStatement) {
        List<ResolvedClaim> out = new ArrayList<>();
        for (ResolvedClaim c : claims) {
            if (c.claim().quantity() == null && out.stream().anyMatch(o -> sameStatement.test(o, c))) continue;
            // Two numbers of one sentence ("six over Crimea, six over the Rostov Region") are two claims.
            boolean restated = c.claim().quantity() != null && out.stream().anyMatch(o -> o.claim().quantity() != null
                    && o.claim().quantity().value() == c.claim().quantity().value()
                    && (o.claim().start() != c.claim().start() || o.claim().quantity().start() == c.claim().quantity().start())
                    && (o.claimantIri().equals(c.claimantIri()) || sameVoice.test(o.claimantIri(), c.claimantIri())));
            if (!restated) out.add(c);
        }
        return out;
    }

    /**
     * "North Korean troops have been spotted in Russia's Kursk region", then "the troops had been
     * spotted in Kursk on Wednesday", from one source: a statement without a number, told twice.
     * Both must name where, one place within the other; two places are two statements. Told twice
     * means in two sentences: two claims of one sentence ("killed a commander and injured a general")
     * are two statements.
     */
    private boolean sameStatement(ResolvedClaim a, ResolvedClaim b) {
        return a.claim().quantity() == null && a.claim().start() != b.claim().start() && a.claim().type() == b.claim().type() && a.claim().denies() == b.claim().denies()
                && a.claimantIri().equals(b.claimantIri()) && java.util.Objects.equals(a.claim().aboutIri(), b.claim().aboutIri())
                && a.locationIri() != null && b.locationIri() != null
                && (kb.within(a.locationIri(), b.locationIri()) || kb.within(b.locationIri(), a.locationIri()));
    }

    /** One of the two belongs to the other, as the KB records it. */
    private boolean sameVoice(String a, String b) {
        return memberOf(a, b) || memberOf(b, a);
    }

    private boolean memberOf(String member, String parent) {
        return kb.get(member).map(e -> e.memberOf().contains(parent)).orElse(false);
    }

    private String source(Source s, Map<Mention, Entity> byMention, Map<String, Entity> anonymous, Entity outlet,
                          List<Entity> entities) {
        if (s.isOutlet()) {
            if (outlet != null) return outlet.iri();
            anonymous.computeIfAbsent(UNATTRIBUTED, k -> new Entity(k, EntityKind.ANONYMOUS_SOURCE, "unattributed",
                    List.of(), null, List.of()));
            return UNATTRIBUTED;
        }
        if (s.mention() != null) {
            Entity e = byMention.get(s.mention());
            if (e == null && s.mention().kbIri() != null) {
                ReferenceEntity ref = kb.get(s.mention().kbIri()).orElse(null);
                if (ref != null) e = new Entity(ref.iri(), ref.kind(), ref.label(), List.of(s.mention().text()), ref.iri(), List.of());
            }
            if (e == null) return outlet != null ? outlet.iri() : UNATTRIBUTED;
            if (e.kind().isPlace() && e.kind() != EntityKind.COUNTRY) return government(e);
            return e.iri();
        }
        ReferenceEntity known = knownAs(s.described());
        String named = known == null ? null : withForm(known, s.described(), entities);
        if (named != null) return named;
        String iri = Resolver.ID + "source/" + Names.slug(s.anonymous());
        Entity seen = anonymous.get(iri);
        List<String> forms = new ArrayList<>(seen == null ? List.of(s.anonymous()) : seen.surfaceForms());
        // "a senior U.S. military official" is how the text named the source labelled "senior U.S. military official".
        if (s.described() != null && !forms.contains(s.described())) forms.add(s.described());
        anonymous.put(iri, new Entity(iri, EntityKind.ANONYMOUS_SOURCE, s.anonymous(), forms, null, List.of()));
        return iri;
    }

    private static final java.util.regex.Pattern GENERIC_HEAD = java.util.regex.Pattern.compile("\\s+(?:service|services|agency)$");

    /**
     * A description the KB lists as a name of one organization ("Ukraine's military intelligence
     * service" for the Main Intelligence Directorate), which may then be that organization.
     */
    private ReferenceEntity knownAs(String described) {
        if (described == null) return null;
        String key = Names.key(described);
        ReferenceEntity e = organizationsByName.get(key);
        return e != null ? e : organizationsByName.get(GENERIC_HEAD.matcher(key).replaceFirst(""));
    }

    /**
     * The KB organization's entity if this article names it, given the description as one more
     * surface form; else null: a description alone ("the South Korean government") is no name.
     */
    private static String withForm(ReferenceEntity ref, String form, List<Entity> entities) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (!e.iri().equals(ref.iri())) continue;
            if (!e.surfaceForms().contains(form)) {
                List<String> forms = new ArrayList<>(e.surfaceForms());
                forms.add(form);
                entities.set(i, new Entity(e.iri(), e.kind(), e.label(), forms, e.kbIri(), e.mentions()));
            }
            return e.iri();
        }
        return null;
    }

    /** "Kyiv said": the government of the state whose capital it is, or the state itself. */
    private String government(Entity place) {
        ReferenceEntity ref = place.kbIri() == null ? null : kb.get(place.kbIri()).orElse(null);
        if (ref == null || ref.capitalOf() == null) return place.iri();
        ReferenceEntity country = kb.get(ref.capitalOf()).orElse(null);
        if (country == null) return ref.capitalOf();
        ReferenceEntity gov = byLabel.get("Government of " + country.label());
        return gov != null ? gov.iri() : country.iri();
    }
}
