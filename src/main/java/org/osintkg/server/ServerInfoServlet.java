package org.osintkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The few read-only {@code /$/} resources the Fuseki UI needs (ping, server description, stats),
 * behind HTTP Basic. Fuseki's admin module is not loaded, so nothing under {@code /$/} can change
 * the server, and nothing there answers without credentials.
 */
final class ServerInfoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Credentials credentials;
    private final String serverJson;

    ServerInfoServlet(Credentials credentials, boolean allowUpdate) {
        this.credentials = credentials;
        String update = allowUpdate
                ? ",{\"srv.type\":\"update\",\"srv.description\":\"SPARQL Update\",\"srv.endpoints\":[\"update\"]}"
                + ",{\"srv.type\":\"gsp-rw\",\"srv.description\":\"Graph Store Protocol\",\"srv.endpoints\":[\"data\"]}"
                : ",{\"srv.type\":\"gsp-r\",\"srv.description\":\"Graph Store Protocol (Read)\",\"srv.endpoints\":[\"get\",\"data\"]}";
        this.serverJson = "{\"version\":\"osintkg\",\"built\":\"\",\"startDateTime\":\"\",\"uptime\":0,"
                + "\"datasets\":[{\"ds.name\":\"/" + ServerConfig.DATASET + "\",\"ds.state\":true,\"ds.services\":["
                + "{\"srv.type\":\"query\",\"srv.description\":\"SPARQL Query\",\"srv.endpoints\":[\"sparql\",\"query\",\"\"]}"
                + update + "]}]}";
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!credentials.accepts(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"osintkg\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String body;
        if (path.equals("/$/ping")) body = java.time.Instant.now().toString();
        else if (path.equals("/$/server") || path.equals("/$/datasets") || path.equals("/$/datasets/" + ServerConfig.DATASET)) body = serverJson;
        else if (path.startsWith("/$/stats")) body = "{\"datasets\":{}}";
        else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(path.equals("/$/ping") ? "text/plain" : "application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
