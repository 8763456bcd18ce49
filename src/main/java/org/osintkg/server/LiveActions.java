package org.osintkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;

/** The Fuseki operations of a live store: POST a body to ingest, GET the status. */
final class LiveActions {
    private LiveActions() {}

    static final Operation INGEST = Operation.alloc("https://w3id.org/osintkg/ontology#IngestOperation", "osintkg-ingest",
            "Ingest articles (text/plain, text/html, application/x-ndjson)");
    static final Operation STATUS = Operation.alloc("https://w3id.org/osintkg/ontology#StatusOperation", "osintkg-status",
            "What the live inputs are doing");

    /** POST: the body goes to the pipeline; the answer says what became of each article. */
    static final class Ingest extends BaseActionREST {
        private final LiveEndpoints live;

        Ingest(LiveEndpoints live) {
            this.live = live;
        }

        @Override
        protected void doPost(HttpAction action) {
            byte[] body;
            try (InputStream in = action.getRequestInputStream()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                String reason = String.valueOf(e.getMessage());
                answer(action, new LiveEndpoints.Answer(reason.contains("request body over") ? 413 : 400,
                        "{\"error\":" + quote(reason) + "}"));
                return;
            }
            String type = action.getRequestContentType();
            String mediaType = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            try {
                answer(action, live.ingest(action.getRequestParameter("name"), mediaType, body));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(action, new LiveEndpoints.Answer(503, "{\"error\":\"the server is stopping\"}"));
            }
        }

        @Override
        public void validate(HttpAction action) {}
    }

    /** GET: the live inputs' status. */
    static final class Status extends BaseActionREST {
        private final LiveEndpoints live;

        Status(LiveEndpoints live) {
            this.live = live;
        }

        @Override
        protected void doGet(HttpAction action) {
            answer(action, new LiveEndpoints.Answer(200, live.status()));
        }

        @Override
        public void validate(HttpAction action) {}
    }

    private static void answer(HttpAction action, LiveEndpoints.Answer a) {
        try {
            action.setResponseStatus(a.status());
            if (a.status() == 503) action.setResponseHeader("Retry-After", "2");
            action.setResponseContentType("application/json");
            action.setResponseCharacterEncoding("utf-8");
            action.getResponseOutputStream().write(a.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ") + "\"";
    }
}
