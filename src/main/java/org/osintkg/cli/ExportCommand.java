package org.osintkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", description = "TODO")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
