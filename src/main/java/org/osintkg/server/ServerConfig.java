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
 */
public record ServerConfig(String host, int port, long timeoutMs, boolean allowUpdate, Path passwordFile) {
    public static final String DATASET = "osint";
}
