package org.osintkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "query", description = "TODO")
final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
