package org.osintkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void valuesBecomeTerms() throws Exception {
        Map<String, Node> p = Params.parse(List.of("place=<https://w3id.org/osintkg/id/place/kursk-oblast>", "n=3000",
                "x=1.5", "day=2024-11-22", "name=Kursk"));
        assertTrue(p.get("place").isURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", p.get("n").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", p.get("x").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", p.get("day").getLiteralDatatypeURI());
        assertEquals("Kursk", p.get("name").getLiteralLexicalForm());
        assertThrows(QueryException.class, () -> Params.parse(List.of("noequals")));
        assertThrows(QueryException.class, () -> Params.parse(List.of("x=<not an iri>")));
        assertThrows(QueryException.class, () -> Params.parse(List.of("x=<http://a> } DROP ALL { <http://b>")));
    }

    @Test
    void anInjectedValueStaysAString() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("http://ex/a").addProperty(m.createProperty("http://ex/name"), "Kursk");
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> ds.getDefaultModel().add(m));
        SavedQuery q = SavedQuery.ofText("SELECT ?s WHERE { ?s <http://ex/name> ?name }");
        for (String evil : List.of("\"} ; DROP ALL ; {\"", "Kursk\" } UNION { ?s ?p ?o } #", "Kursk")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.run(q.query(), Params.parse(List.of("name=" + evil)), ds, QueryRunner.Format.CSV, out, 5000);
            String csv = out.toString(StandardCharsets.UTF_8);
            long rows = csv.lines().count() - 1;
            assertEquals(evil.equals("Kursk") ? 1 : 0, rows, evil + " -> " + csv);
        }
        ds.executeRead(() -> assertEquals(1, ds.getDefaultModel().size()));
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        SavedQuery q = SavedQuery.parse("broken", "queries/broken.rq", "# title: x\nSELECT ?s WHERE {\n  ?s ?p \n");
        QueryException e = assertThrows(QueryException.class, q::query);
        assertTrue(e.getMessage().startsWith("queries/broken.rq:"), e.getMessage());
        assertTrue(e.getMessage().matches("queries/broken\\.rq:\\d+:\\d+: SPARQL syntax error: .*"), e.getMessage());
    }
}
