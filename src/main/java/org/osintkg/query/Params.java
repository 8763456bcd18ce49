package org.osintkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;

/**
 * Values for a query's variables, parsed from {@code name=value}: {@code <…>} is an IRI, a number a
 * typed literal, an ISO date an xsd:date, true or false an xsd:boolean, anything else a plain string. Values are bound as RDF
 * terms, never pasted into the query text, so no value can change the query.
 */
public final class Params {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Params() {}

    public static Map<String, Node> parse(Iterable<String> assignments) throws QueryException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new QueryException("--param " + a + ": expected name=value");
            String name = a.substring(0, eq).strip().replaceFirst("^[?$]", "");
            if (!NAME.matcher(name).matches()) throw new QueryException("--param " + a + ": '" + name + "' is not a variable name");
            out.put(name, node(a.substring(eq + 1)));
        }
        return out;
    }

    public static Node node(String v) throws QueryException {
        if (v.length() >= 2 && v.startsWith("<") && v.endsWith(">")) {
            String iri = v.substring(1, v.length() - 1);
            try {
                IRIs.checkEx(iri);
            } catch (IRIException e) {
                throw new QueryException("--param value " + v + ": not a valid IRI: " + e.getMessage());
            }
            if (!iri.matches("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) {
                throw new QueryException("--param value " + v + ": not a valid absolute IRI");
            }
            return NodeFactory.createURI(iri);
        }
        if (INTEGER.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        if (DECIMAL.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
        if (DATE.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        if (v.equals("true") || v.equals("false")) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
        return NodeFactory.createLiteralString(v);
    }
}
