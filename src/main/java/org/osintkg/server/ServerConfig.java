package org.osintkg.server;

import java.nio.file.Path;

/**
 * How to serve a store.
 *
 * @param host         address to bind; loopback unless told otherwise
 * @param port         0 picks a free port
 * @param timeoutMs    query time-out
 * @param allowUpdate  SPARQL Update and Graph Store writes, for users of the password file only
 * @param passwordFile Jetty realm file ({@code user: password}); guards updates and {@code /$/}
 * @param maxResults   rows a query may return at most (0: no cap)
 * @param maxBodyBytes largest request body accepted (0: no limit)
 */
public record ServerConfig(String host, int port, long timeoutMs, boolean allowUpdate, Path passwordFile, long maxResults,
                           long maxBodyBytes) {
    public static final String DATASET = "osint";
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    /** Defaults for the limits. */
    public ServerConfig(String host, int port, long timeoutMs, boolean allowUpdate, Path passwordFile) {
        this(host, port, timeoutMs, allowUpdate, passwordFile, DEFAULT_MAX_RESULTS, DEFAULT_MAX_BODY);
    }
}
