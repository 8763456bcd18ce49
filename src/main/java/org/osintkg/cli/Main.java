package org.osintkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: a thin shell over the stages. */
@Command(name = "osintkg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Main.Version.class,
        description = "Turns news articles about armed conflicts into an RDF knowledge graph (Jena TDB2 + Fuseki).",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class,
                ExportCommand.class, ConvertCommand.class, LoadCommand.class, StatsCommand.class, BenchCommand.class, EvaluateCommand.class, LinkCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"osintkg " + (v != null ? v : "dev")};
        }
    }
}
