package org.osintkg.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * Reviews as JSON, for HTTP: an action in ({@code {"action":"grade","target":"person/…","grade":"B","note":"…"}}),
 * records, histories and orphans out. The reviewer is never read from JSON: it is the authenticated user.
 */
public final class ReviewJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewJson() {}

    /** Reads one action; a body that is not a JSON object of a known action is refused with the reason. */
    public static Action action(String body) throws ReviewException {
        JsonNode j;
        try {
            j = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ReviewException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (j == null || !j.isObject()) throw new ReviewException("the body must be a JSON object such as {\"action\":\"reject\",\"target\":\"claim/…\"}");
        String verb = text(j, "action");
        if (verb == null) throw new ReviewException("\"action\" is missing: grade, accept, reject, correct, merge, split or undo");
        String note = text(j, "note");
        Node target = verb.equals("undo") && text(j, "review") != null ? Checks.iri(text(j, "review")) : Checks.iri(required(j, "target"));
        return switch (verb) {
            case "grade" -> new Action.Grade(target, required(j, "grade"), note);
            case "accept" -> new Action.Accept(target, note);
            case "reject" -> new Action.Reject(target, note);
            case "correct" -> new Action.Correct(target, Action.Field.of(required(j, "field")), required(j, "value"), note);
            case "merge" -> new Action.Merge(target, Checks.iri(required(j, "into")), note);
            case "split" -> new Action.Split(target, note);
            case "undo" -> new Action.Undo(target, note);
            default -> throw new ReviewException("action '" + verb + "': expected grade, accept, reject, correct, merge, split or undo");
        };
    }

    private static String required(JsonNode j, String field) throws ReviewException {
        String v = text(j, field);
        if (v == null || v.isBlank()) throw new ReviewException("\"" + field + "\" is missing");
        return v;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    public static ObjectNode record(Record r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("review", r.iri().getURI());
        o.put("sequence", r.sequence());
        o.put("kind", r.kindName());
        o.put("target", r.target().getURI());
        if (r.object() != null) o.put("object", r.object().getURI());
        o.put("user", r.user());
        o.put("time", r.time());
        if (r.note() != null) o.put("note", r.note());
        if (r.value() != null) o.put("value", show(r.value()));
        if (r.property() != null) o.put("property", r.property().getURI());
        if (r.superseded() != null) o.put("superseded", show(r.superseded()));
        if (r.undoes() != null) o.put("undoes", r.undoes().getURI());
        return o;
    }

    public static String history(Node target, List<Reviews.Entry> entries) {
        ObjectNode o = JSON.createObjectNode();
        o.put("target", target.getURI());
        ArrayNode a = o.putArray("reviews");
        for (Reviews.Entry e : entries) {
            ObjectNode r = record(e.record());
            if (e.undoneBy() != null) r.put("undoneBy", e.undoneBy().getURI());
            a.add(r);
        }
        return o.toString();
    }

    public static String orphans(List<Reviews.Orphan> orphans) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode a = o.putArray("orphans");
        for (Reviews.Orphan x : orphans) a.add(record(x.record()).put("reason", x.reason()));
        return o.toString();
    }

    public static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    static String show(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }
}
