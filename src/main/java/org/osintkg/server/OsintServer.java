package org.osintkg.server;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * An embedded Fuseki serving one dataset, {@code /osint}: SPARQL query and Graph Store read for
 * everyone, update and Graph Store write only with {@code allowUpdate} and credentials, the Fuseki
 * UI at {@code /}, the analyst's workbench at {@code /app/}, and no admin module.
 */
public final class OsintServer implements AutoCloseable {
    /** Server threads of a live store: the ingest endpoint takes at most half of them (see IngestEndpoint). */
    public static final int LIVE_THREADS = 128;

    private final FusekiServer server;

    private OsintServer(FusekiServer server) {
        this.server = server;
    }

    public static OsintServer start(Dataset dataset, ServerConfig cfg) throws IOException {
        return start(dataset, cfg, null);
    }

    /**
     * Starts the server; with {@code live}, also {@code /osint/ingest} (POST, for users of the password
     * file only, with the same body limit as queries) and {@code /osint/status} (GET).
     */
    public static OsintServer start(Dataset dataset, ServerConfig cfg, LiveEndpoints live) throws IOException {
        if (cfg.passwordFile() == null || !Files.isReadable(cfg.passwordFile())) {
            throw new IOException("password file " + cfg.passwordFile() + " is missing or unreadable");
        }
        Credentials credentials = new Credentials(cfg.passwordFile());
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(cfg.timeoutMs()));
        String ds = ServerConfig.DATASET;
        boolean loopback = isLoopback(cfg.host());
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.create())
                .port(cfg.port())
                .loopback(loopback)
                .passwordFile(cfg.passwordFile().toString())
                .auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.ANY_ANON)
                // With its content type, so a query POSTed to the dataset URL is a query, not a Graph Store write.
                .registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery,
                        new CappedQuery(cfg.maxResults()))
                .addFilter("/*", new BodyLimit(cfg.maxBodyBytes()));
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                .withStdServices(false)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get");
        AuthPolicy users = Auth.ANY_USER;
        if (cfg.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update", users).addEndpoint(Operation.GSP_RW, "data", users);
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        if (live != null) {
            // Each ingest request holds a thread until its commit: room for them beside the queries.
            b.maxServerThreads(LIVE_THREADS);
            b.registerOperation(LiveActions.INGEST, new LiveActions.Ingest(live))
                    .registerOperation(LiveActions.STATUS, new LiveActions.Status(live));
            service.addEndpoint(LiveActions.INGEST, "ingest", users).addEndpoint(LiveActions.STATUS, "status");
        }
        b.add(ds, service.build());
        String ui = uiFiles();
        if (ui != null) b.staticFileBase(ui);
        b.addServlet("/$/*", new ServerInfoServlet(credentials, cfg.allowUpdate()));
        b.addServlet(ReviewServlet.PATH + "/*", new ReviewServlet(credentials, new org.osintkg.review.Reviews(dataset)));
        b.addServlet(AppServlet.PATH + "/*", new AppServlet());
        FusekiServer fuseki = b.build();
        if (!loopback && !cfg.host().equals("0.0.0.0") && !cfg.host().equals("::")) {
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(cfg.host());
            }
        }
        fuseki.start();
        return new OsintServer(fuseki);
    }

    /** The Fuseki UI's files, from the jena-fuseki-ui jar on the classpath. */
    private static String uiFiles() {
        var r = ResourceFactory.closeable().newClassLoaderResource("webapp");
        return r == null ? null : r.getURI().toString();
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Base URL, e.g. http://127.0.0.1:3030/ */
    public String url(String host) {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
