package org.conflictkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ckg} command. */
@Command(name = "ckg", mixinStandardHelpOptions = true, version = "conflict-kg 0.1.0",
        description = "Conflict news to a knowledge graph: build it, serve it, query it.",
        subcommands = {
                UpCommand.class,
                BuildCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                ScoreCommand.class,
                ValidateCommand.class,
                ExportCommand.class,
                StatsCommand.class,
                FusekiConfigCommand.class,
                BenchCommand.class,
                OntologyDocCommand.class,
                GazetteerCommand.class,
                LinkCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: user mistakes get one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("ckg " + cmd.getCommandName() + ": " + message(ex));
            if (System.getenv("CKG_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return cl;
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
