package org.osintkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The OSINT ontology's terms (ontology/osint.ttl) and the reused ones, as Jena nodes. */
public final class Vocab {
    private Vocab() {}

    public static final String NS = "https://w3id.org/osintkg/ontology#";
    public static final String ID = "https://w3id.org/osintkg/id/";
    public static final String GRAPH = "https://w3id.org/osintkg/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String KB_GRAPH = GRAPH + "kb";
    public static final String ENTITIES_GRAPH = GRAPH + "entities";
    public static final String LINKS_GRAPH = GRAPH + "links";
    /** Counts kept per entity as reports come and go, so overviews need not count the whole store. */
    public static final String SUMMARY_GRAPH = GRAPH + "summary";
    /** The days reports were issued on, for listings that page newest first. */
    public static final String DAYS_GRAPH = SUMMARY_GRAPH + "/Day";
    /** Every other name (skos:altLabel) the reports give each entity, once: what a name search reads instead of every report. */
    public static final String NAMES_GRAPH = SUMMARY_GRAPH + "/names";
    /** Analysts' review records and the judgements they stand for, kept apart from every report graph. */
    public static final String REVIEW_GRAPH = GRAPH + "review";

    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL_NS = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT_NS = "http://purl.org/dc/terms/";
    public static final String SCHEMA_NS = "https://schema.org/";
    public static final String GEO_NS = "http://www.opengis.net/ont/geosparql#";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";

    // Classes
    public static final Node Report = osint("Report");
    public static final Node Outlet = osint("Outlet");
    public static final Node Person = osint("Person");
    public static final Node Organization = osint("Organization");
    public static final Node MilitaryUnit = osint("MilitaryUnit");
    public static final Node Place = osint("Place");
    public static final Node Country = osint("Country");
    public static final Node Region = osint("Region");
    public static final Node Settlement = osint("Settlement");
    public static final Node Facility = osint("Facility");
    public static final Node AnonymousSource = osint("AnonymousSource");
    public static final Node Claim = osint("Claim");
    public static final Node Mention = osint("Mention");
    public static final Node Link = osint("Link");
    public static final Node Day = osint("Day");

    // Individuals
    public static final Node Asserts = osint("Asserts");
    public static final Node Denies = osint("Denies");
    public static final Node Exactly = osint("Exactly");
    public static final Node Approximately = osint("Approximately");
    public static final Node AtLeast = osint("AtLeast");
    public static final Node AtMost = osint("AtMost");
    public static final Node MetadataDate = osint("MetadataDate");
    public static final Node DatelineDate = osint("DatelineDate");
    public static final Node UrlPathDate = osint("UrlPathDate");
    public static final Node HeaderDate = osint("HeaderDate");
    public static final Node RelativeDate = osint("RelativeDate");
    public static final Node RetrievalDate = osint("RetrievalDate");

    // Report
    public static final Node body = osint("body");
    public static final Node sha256 = osint("sha256");
    public static final Node reportCount = osint("reportCount");
    public static final Node claimCount = osint("claimCount");
    public static final Node aboutCount = osint("aboutCount");
    public static final Node locatedCount = osint("locatedCount");
    public static final Node denialCount = osint("denialCount");
    public static final Node claimTotal = osint("claimTotal");
    public static final Node entityTotal = osint("entityTotal");
    public static final Node onQuestion = osint("onQuestion");
    public static final Node contradictableOn = osint("contradictableOn");
    public static final Node onDay = osint("onDay");
    public static final Node onTopic = osint("onTopic");
    public static final Node topicClaims = osint("topicClaims");
    public static final Node date = osint("date");
    public static final Node fingerprint = osint("fingerprint");
    public static final Node sourceName = osint("sourceName");
    public static final Node language = osint("language");
    public static final Node dateSource = osint("dateSource");
    public static final Node domain = osint("domain");

    // Entities
    public static final Node mentionedIn = osint("mentionedIn");
    public static final Node locatedIn = osint("locatedIn");
    public static final Node memberOf = osint("memberOf");
    public static final Node role = osint("role");
    public static final Node country = osint("country");
    public static final Node demonym = osint("demonym");
    public static final Node isoCode = osint("isoCode");
    public static final Node capitalOf = osint("capitalOf");
    public static final Node acronym = osint("acronym");

    // Mentions
    public static final Node mentionOf = osint("mentionOf");
    public static final Node inReport = osint("inReport");
    public static final Node text = osint("text");
    public static final Node charStart = osint("charStart");
    public static final Node charEnd = osint("charEnd");

    // Claims
    public static final Node claimant = osint("claimant");
    public static final Node citedBy = osint("citedBy");
    public static final Node reportedIn = osint("reportedIn");
    public static final Node stance = osint("stance");
    public static final Node claimType = osint("claimType");
    public static final Node about = osint("about");
    public static final Node location = osint("location");
    public static final Node quantity = osint("quantity");
    public static final Node quantityQualifier = osint("quantityQualifier");
    public static final Node counted = osint("counted");
    public static final Node perUnitQuantity = osint("perUnitQuantity");
    public static final Node unitCount = osint("unitCount");
    public static final Node statedOn = osint("statedOn");
    public static final Node eventDate = osint("eventDate");
    public static final Node hedged = osint("hedged");
    public static final Node hedge = osint("hedge");
    public static final Node cue = osint("cue");
    public static final Node confidence = osint("confidence");
    public static final Node sourceReliability = osint("sourceReliability");
    public static final Node informationCredibility = osint("informationCredibility");
    public static final Node quote = osint("quote");

    // Reviews (records in the review graph, PROV-O activities)
    public static final Node Review = osint("Review");
    public static final Node SourceGrading = osint("SourceGrading");
    public static final Node ClaimGrading = osint("ClaimGrading");
    public static final Node Acceptance = osint("Acceptance");
    public static final Node Rejection = osint("Rejection");
    public static final Node Correction = osint("Correction");
    public static final Node Merge = osint("Merge");
    public static final Node Split = osint("Split");
    public static final Node Undo = osint("Undo");
    public static final Node Reviewer = osint("Reviewer");
    public static final Node Accepted = osint("Accepted");
    public static final Node Rejected = osint("Rejected");
    public static final Node reviewTarget = osint("reviewTarget");
    public static final Node reviewObject = osint("reviewObject");
    public static final Node reviewSequence = osint("reviewSequence");
    public static final Node reviewedQuote = osint("reviewedQuote");
    public static final Node reviewedIn = osint("reviewedIn");
    public static final Node undoes = osint("undoes");
    public static final Node correctedProperty = osint("correctedProperty");
    public static final Node supersededValue = osint("supersededValue");
    public static final Node correctedValue = osint("correctedValue");
    public static final Node reviewStatus = osint("reviewStatus");
    public static final Node correctedClaimant = osint("correctedClaimant");
    public static final Node correctedQuantity = osint("correctedQuantity");
    public static final Node correctedClaimType = osint("correctedClaimType");
    public static final Node mergedInto = osint("mergedInto");
    public static final Node Activity = iri(PROV_NS + "Activity");
    public static final Node wasAssociatedWith = iri(PROV_NS + "wasAssociatedWith");
    public static final Node endedAtTime = iri(PROV_NS + "endedAtTime");
    public static final Node comment = iri(RDFS_NS + "comment");

    // Links
    public static final Node linkSubject = osint("linkSubject");
    public static final Node linkTarget = osint("linkTarget");
    public static final Node linkScore = osint("linkScore");
    public static final Node linkMethod = osint("linkMethod");

    // Reused vocabularies
    public static final Node type = iri(RDF_NS + "type");
    public static final Node label = iri(RDFS_NS + "label");
    public static final Node altLabel = iri(SKOS_NS + "altLabel");
    public static final Node prefLabel = iri(SKOS_NS + "prefLabel");
    public static final Node sameAs = iri(OWL_NS + "sameAs");
    public static final Node title = iri(DCT_NS + "title");
    public static final Node issued = iri(DCT_NS + "issued");
    /** dcterms:language: the report body's language, a BCP 47 tag ("en", "uk", "ru"). */
    public static final Node dctLanguage = iri(DCT_NS + "language");
    public static final Node publisher = iri(DCT_NS + "publisher");
    public static final Node creator = iri(DCT_NS + "creator");
    public static final Node url = iri(SCHEMA_NS + "url");
    public static final Node hasGeometry = iri(GEO_NS + "hasGeometry");
    public static final Node asWKT = iri(GEO_NS + "asWKT");

    public static Node osint(String local) {
        return iri(NS + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
