package org.osintkg.server;

import java.io.IOException;
import java.nio.file.Path;

/** Set-up steps the command line needs before a server starts. */
public final class ServerSetup {
    private ServerSetup() {}

    /** Writes a password file with user "admin" and a random password, readable by its owner only. */
    public static void createPasswordFile(Path file) throws IOException {
        Credentials.create(file);
    }
}
