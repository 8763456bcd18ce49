package org.osintkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.osintkg.extract.Claim;
import org.osintkg.pipeline.StageTimes.Stage;
import org.osintkg.extract.ClaimExtractor;
import org.osintkg.extract.Role;
import org.osintkg.extract.RoleExtractor;
import org.osintkg.resolve.ResolvedRole;
import org.osintkg.resolve.ClaimResolver;
import org.osintkg.resolve.ResolvedClaim;
import org.osintkg.article.Article;
import org.osintkg.extract.EntityExtractor;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Annotator;
import org.osintkg.rdf.Extraction;
import org.osintkg.rdf.Iris;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.rdf.ReportMapper;
import org.osintkg.resolve.Entity;
import org.osintkg.resolve.Resolver;

/** One article through every stage: annotate, extract, resolve, map. Thread-safe; build once. */
public final class Pipeline {
    /** Bump when extraction changes, so unchanged articles are extracted again. */
    public static final String VERSION = "osintkg-extract-15";

    private final Annotator nlp;
    private final EntityExtractor entities;
    private final Resolver resolver;
    private final ClaimExtractor claims;
    private final ClaimResolver claimResolver;
    private final RoleExtractor roleExtractor = new RoleExtractor();
    private final ReportMapper mapper;
    private final StageTimes times = new StageTimes();
    private final CyrillicStages ukrainian;
    private final CyrillicStages russian;

    public Pipeline(Annotator nlp, KnowledgeBase kb) {
        this.nlp = nlp;
        this.entities = new EntityExtractor(kb);
        this.resolver = new Resolver(kb);
        this.claims = new ClaimExtractor(kb);
        this.claimResolver = new ClaimResolver(kb);
        this.ukrainian = CyrillicStages.of(org.osintkg.nlp.Morphology.ukrainian(), kb);
        this.russian = CyrillicStages.of(org.osintkg.nlp.Morphology.russian(), kb);
        this.mapper = new ReportMapper(VERSION + "/" + Iris.sha256(kb.graph().size() + ":" + kb.entities().size()),
                kb::placeAndBroader);
    }

    public ReportGraphs process(Article a) {
        Extraction x = extract(a);
        return times.time(Stage.RDF, () -> mapper.map(a, x));
    }

    /** The NLP backend this pipeline annotates with, loaded once: for measurements that must tokenize as ingest does. */
    public Annotator nlp() {
        return nlp;
    }

    /** Where this pipeline's time went, summed over the threads that used it. */
    public StageTimes times() {
        return times;
    }

    /** "Younghye Han, Youngnam Kim", "Jane Doe and John Roe": the people of a byline. */
    static List<String> authors(String byline) {
        if (byline == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String part : byline.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String name = part.strip();
            if (name.matches("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}")) out.add(name);
        }
        return out;
    }

    /** The extraction results, before mapping (for evaluation). */
    public Extraction extract(Article a) {
        String language = org.osintkg.article.Language.detect(a.body());
        if ("uk".equals(language)) return extract(a, ukrainian);
        if ("ru".equals(language)) return extract(a, russian);
        AnnotatedText doc = times.time(Stage.NLP, () -> nlp.annotate(a.body()));
        times.addTokens(doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
        EntityExtractor.Found found = times.time(Stage.EXTRACT, () -> entities.find(doc));
        List<Mention> mentions = found.names();
        List<Entity> resolved = times.time(Stage.RESOLVE, () -> resolveEntities(a, mentions));
        Entity outlet = a.outlet() == null ? null : resolver.named(a.outlet(), EntityKind.OUTLET);
        // A capital standing for its state names no place but may make a claim ("Kyiv said").
        List<Claim> claimed = times.time(Stage.EXTRACT, () -> claims.claims(doc, found.all(), a.published()));
        return times.time(Stage.RESOLVE, () -> new Extraction(outlet, resolved,
                claimResolver.resolve(claimed, resolved, outlet), roles(doc.text(), mentions, resolved)));
    }

    /** A Ukrainian or Russian body: its own tokenizer, names, claims and name keys; no roles yet. */
    private Extraction extract(Article a, CyrillicStages c) {
        AnnotatedText doc = times.time(Stage.NLP, () -> c.nlp().annotate(a.body()));
        times.addTokens(doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
        List<Mention> mentions = times.time(Stage.EXTRACT, () -> c.entities().find(doc));
        List<Entity> resolved = times.time(Stage.RESOLVE, () -> resolveEntities(a, mentions, c.resolver()));
        Entity outlet = a.outlet() == null ? null : resolver.named(a.outlet(), EntityKind.OUTLET);
        List<Claim> claimed = times.time(Stage.EXTRACT, () -> c.claims().claims(doc, mentions, a.published()));
        return times.time(Stage.RESOLVE, () -> new Extraction(outlet, resolved,
                claimResolver.resolve(claimed, resolved, outlet), List.of(), c.language()));
    }

    private List<Entity> resolveEntities(Article a, List<Mention> mentions) {
        return resolveEntities(a, mentions, resolver);
    }

    private List<Entity> resolveEntities(Article a, List<Mention> mentions, Resolver resolver) {
        List<Entity> resolved = new ArrayList<>(resolver.resolve(mentions));
        for (String author : authors(a.author())) {
            Entity person = resolver.named(author, EntityKind.PERSON);
            if (resolved.stream().noneMatch(e -> e.iri().equals(person.iri()))) resolved.add(person);
        }
        return resolved;
    }

    private List<ResolvedRole> roles(String text, List<Mention> mentions, List<Entity> entities) {
        java.util.Map<Mention, Entity> byMention = new java.util.IdentityHashMap<>();
        for (Entity e : entities) e.mentions().forEach(m -> byMention.put(m, e));
        List<ResolvedRole> out = new ArrayList<>();
        for (Role r : roleExtractor.roles(text, mentions)) {
            Entity person = byMention.get(r.person());
            Entity org = r.organization() == null ? null : byMention.get(r.organization());
            if (person == null) continue;
            ResolvedRole rr = new ResolvedRole(person.iri(), r.role(), org == null ? null : org.iri());
            if (!out.contains(rr)) out.add(rr);
        }
        return out;
    }
}
