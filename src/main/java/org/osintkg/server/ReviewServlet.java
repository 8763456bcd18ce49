package org.osintkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.osintkg.review.Action;
import org.osintkg.review.Record;
import org.osintkg.review.ReviewException;
import org.osintkg.review.ReviewJson;
import org.osintkg.review.Reviews;

/**
 * Analyst review over HTTP, for users of the password file only (HTTP Basic; 401 otherwise), JSON in
 * and out: {@code POST /osint/review} records an action, {@code GET /osint/review/history?target=IRI}
 * lists a target's reviews, {@code GET /osint/review/orphans} the reviews whose target is gone. The
 * reviewer is the authenticated user, never a name in the body.
 */
final class ReviewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the servlet answers, under the dataset's path. */
    static final String PATH = "/" + ServerConfig.DATASET + "/review";
    private final transient Credentials credentials;
    private final transient Reviews reviews;

    ReviewServlet(Credentials credentials, Reviews reviews) {
        this.credentials = credentials;
        this.reviews = reviews;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = credentials.user(req.getHeader("Authorization"));
        if (user == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"osintkg\"");
            send(resp, HttpServletResponse.SC_UNAUTHORIZED, ReviewJson.error("reviews need a user of the server's password file (HTTP Basic)"));
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        try {
            if (path.equals(PATH) && req.getMethod().equals("POST")) {
                Action a = ReviewJson.action(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                Record r = reviews.apply(user, a);
                send(resp, HttpServletResponse.SC_CREATED, ReviewJson.record(r).toString());
            } else if (path.equals(PATH + "/history") && req.getMethod().equals("GET")) {
                String target = req.getParameter("target");
                if (target == null) throw new ReviewException("give the claim or entity as ?target=IRI");
                Node t = Reviews.iri(target);
                send(resp, HttpServletResponse.SC_OK, ReviewJson.history(t, reviews.history(t)));
            } else if (path.equals(PATH + "/orphans") && req.getMethod().equals("GET")) {
                send(resp, HttpServletResponse.SC_OK, ReviewJson.orphans(reviews.orphans()));
            } else if (path.equals(PATH) || path.equals(PATH + "/history") || path.equals(PATH + "/orphans")) {
                resp.setHeader("Allow", path.equals(PATH) ? "POST" : "GET");
                send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, ReviewJson.error(req.getMethod() + " is not allowed here"));
            } else {
                send(resp, HttpServletResponse.SC_NOT_FOUND, ReviewJson.error("no such review resource: " + path));
            }
        } catch (ReviewException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, ReviewJson.error(e.getMessage() + " (nothing changed)"));
        }
    }

    private static void send(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
