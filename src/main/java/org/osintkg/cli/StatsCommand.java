package org.osintkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stats", description = "TODO")
final class StatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
