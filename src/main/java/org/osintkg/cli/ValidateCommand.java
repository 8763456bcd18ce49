package org.osintkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", description = "TODO")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
