package org.osintkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option that every command on a local store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;
}
