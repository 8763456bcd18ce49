package org.osintkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.util.security.Credential;

/** The users of a Jetty realm file ({@code user: password[, role…]}), checked for HTTP Basic. */
final class Credentials {
    private final Map<String, Credential> users = new HashMap<>();

    Credentials(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            int colon = t.indexOf(':');
            if (colon <= 0) continue;
            String user = t.substring(0, colon).strip();
            String rest = t.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            String password = comma >= 0 ? rest.substring(0, comma).strip() : rest;
            users.put(user, Credential.getCredential(password));
        }
        if (users.isEmpty()) throw new IOException(file + ": no users (expected lines of the form user: password)");
    }

    /** True when an Authorization header carries a user and password of the file. */
    boolean accepts(String authorization) {
        return user(authorization) != null;
    }

    /** The user an Authorization header authenticates as, or null when it carries no user and password of the file. */
    String user(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return null;
        String user = decoded.substring(0, colon);
        Credential c = users.get(user);
        return c != null && c.check(decoded.substring(colon + 1)) ? user : null;
    }

    /** Writes a realm file with one user "admin" and a random password, readable by its owner only. */
    static String create(Path file) throws IOException {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, "# OSINT-KG server users (Jetty realm format: user: password)\nadmin: " + password + "\n",
                StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the file stays with default permissions
        }
        return password;
    }
}
