package org.osintkg.mapdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A wiggly square of 400 points, each wiggle far below the tolerance. */
    private static String square(double x0, double y0) {
        StringBuilder sb = new StringBuilder("[[");
        int n = 100;
        double[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (int side = 0; side < 4; side++) {
            double[] a = corners[side], b = corners[(side + 1) % 4];
            for (int i = 0; i < n; i++) {
                double t = i / (double) n, wiggle = (i % 2) * 0.0005;
                sb.append(String.format(java.util.Locale.ROOT, "[%.5f,%.5f],", x0 + a[0] + (b[0] - a[0]) * t + wiggle, y0 + a[1] + (b[1] - a[1]) * t + wiggle));
            }
        }
        return sb.append(String.format(java.util.Locale.ROOT, "[%.5f,%.5f]]]", x0, y0)).toString();
    }

    private static String feature(String props, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}";
    }

    private static JsonNode source() throws Exception {
        return JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"name\":\"Kursk\",\"name_en\":\"Kursk\",\"type_en\":\"Region\",\"iso_3166_2\":\"RU-KRS\",\"iso_a2\":\"RU\",\"gn_id\":538555,\"wikidataid\":\"Q3178\"}", square(35, 51)) + ","
                + feature("{\"name\":\"Crimea\",\"type_en\":\"Autonomous Republic\",\"iso_3166_2\":\"UA-43\",\"iso_a2\":\"RU\",\"gn_id\":703883}", square(33, 45)) + ","
                + feature("{\"name\":\"Nowhere\",\"iso_3166_2\":\"-99\",\"iso_a2\":\"-99\"}", square(0, 0)) + "]}");
    }

    @Test
    void simplifiesEachRegionAndFilesItUnderTheCountryItsIsoCodeNames() throws Exception {
        Map<String, com.fasterxml.jackson.databind.node.ArrayNode> out = RegionShapes.byCountry(source());
        assertEquals(java.util.Set.of("RU", "UA"), out.keySet(), "Crimea under UA by its code; no code, no file");
        JsonNode kursk = out.get("RU").get(0);
        assertEquals("Kursk", kursk.path("properties").path("name").asText());
        assertEquals(538555, kursk.path("properties").path("geonames").asLong());
        assertEquals("Q3178", kursk.path("properties").path("wikidata").asText());
        int points = kursk.path("geometry").path("coordinates").get(0).size();
        assertTrue(points >= 4 && points <= 10, "400 points of wiggles become the square's corners: " + points);
        assertFalse(out.get("UA").get(0).path("properties").has("wikidata"));
    }

    @Test
    void writesOneFilePerCountryAndAnIndexOfRegionBoxes(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("admin1.json");
        JSON.writeValue(in.toFile(), source());
        RegionShapes.main(new String[] {in.toString(), dir.resolve("out").toString()});
        JsonNode index = JSON.readTree(dir.resolve("out/index.json").toFile());
        assertEquals(2, index.size());
        JsonNode box = index.path("RU").get(0);
        assertEquals(35.0, box.get(0).asDouble(), 0.01);
        assertEquals(52.01, box.get(3).asDouble(), 0.011);
        assertTrue(Files.size(dir.resolve("out/RU.json")) < Files.size(in) / 3);
    }

    @Test
    void skipsWhatIsNoArea() throws Exception {
        assertNull(RegionShapes.geometry(JSON.readTree("{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        assertNull(RegionShapes.geometry(JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}")));
    }
}
