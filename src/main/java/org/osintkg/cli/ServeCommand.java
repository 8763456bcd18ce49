package org.osintkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "TODO")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
