package org.osintkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The analyst's workbench under {@code /app/}: its pages, the libraries from their WebJars
 * ({@code /app/lib/…}), the map data fetched at build time ({@code /app/vendor/…}) and the saved
 * queries as text ({@code /app/queries/NAME.rq}), all read-only from the class path. The pages
 * read the store only through the SPARQL endpoint; nothing here touches the dataset.
 */
final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/app";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    private static final Pattern QUERY = Pattern.compile("queries/[a-z0-9-]+\\.rq|queries/index\\.txt");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("js", "text/javascript"), Map.entry("css", "text/css"),
            Map.entry("json", "application/json"), Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"),
            Map.entry("rq", "application/sparql-query"), Map.entry("txt", "text/plain"), Map.entry("map", "application/json"));
    // Scripts and styles from the server itself only; the libraries set inline styles on their elements.
    private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String info = req.getPathInfo();
        if (info == null) {
            resp.sendRedirect(req.getContextPath() + PATH + "/");
            return;
        }
        String rel = info.equals("/") ? "index.html" : info.substring(1);
        String resource = resource(rel);
        InputStream in = resource == null ? null : AppServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page or file: " + PATH + "/" + rel);
            return;
        }
        try (in) {
            String ext = rel.substring(rel.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            if (!ext.equals("png")) resp.setCharacterEncoding("UTF-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", POLICY);
            // Libraries and map data change only with the jar; pages and queries are checked each time.
            resp.setHeader("Cache-Control", rel.startsWith("lib/") || rel.startsWith("vendor/") ? "max-age=86400" : "no-cache");
            if (req.getMethod().equals("GET")) in.transferTo(resp.getOutputStream());
        }
    }

    /** The class-path resource for a path under /app/, or null when the path is not one we serve. */
    static String resource(String rel) {
        for (String segment : rel.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) return null;
        }
        if (rel.startsWith("lib/")) return "META-INF/resources/webjars/" + rel.substring(4);
        if (rel.startsWith("queries/")) return QUERY.matcher(rel).matches() ? rel : null;
        if (!rel.contains(".")) return null;
        return "app/" + rel;
    }
}
