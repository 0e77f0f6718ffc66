package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.GlobalOptions;
import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.core.UsageException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the command line and maps every failure to the exit codes of docs/cli.md: typed errors print their
 * one-sentence message; anything else is an internal error (70) that names the log file.
 */
public final class Cli {
    public static final int INTERNAL_ERROR = 70;

    private Cli() {
    }

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Consumer<GlobalOptions> openMainWindow) {
        GlobalOptions options = new GlobalOptions();
        try (CliContext context = new CliContext(options, env, out, err)) {
            if (args.length == 0) {
                return openWindow(context, openMainWindow);
            }
            CommandLine commandLine = opensWindowOnly(args) ? handled(context, root(context, openMainWindow))
                    : build(context, openMainWindow);
            commandLine.setOut(out);
            commandLine.setErr(err);
            return commandLine.execute(args);
        }
    }

    /** A launch without arguments (the desktop's): the main window with default options, no command line to parse. */
    private static int openWindow(CliContext context, Consumer<GlobalOptions> openMainWindow) {
        try {
            openMainWindow.accept(context.options());
            return 0;
        } catch (RuntimeException failure) {
            return handle(context, failure);
        }
    }

    /**
     * True when {@code args} hold global options only, so the main window opens: then picocli need not learn the
     * eighteen commands first (it reads their annotations reflectively, a quarter of the window's start-up).
     */
    public static boolean opensWindowOnly(String[] args) {
        if (args.length == 0) {
            return true;
        }
        try {
            CommandLine.ParseResult parsed = new CommandLine(new RootCommand(new GlobalOptions(), options -> { }))
                    .parseArgs(args);
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (CommandLine.ParameterException commandOrMistake) {
            return false; // the whole command line parses it again and names what is wrong
        }
    }

    static CommandLine build(CliContext context, Consumer<GlobalOptions> openMainWindow) {
        CommandLine commandLine = root(context, openMainWindow);
        // One command per line with a blank line between, so features add theirs without touching each other's.
        commandLine.addSubcommand(new DemoCommand(context));

        commandLine.addSubcommand(new DbCommand(context));

        commandLine.addSubcommand(new ConnectCommand(context));
        commandLine.addSubcommand(new ImportCommand(context));

        commandLine.addSubcommand(new ExportCommand(context));
        commandLine.addSubcommand(new MapCommand(context));
        commandLine.addSubcommand(new ReconcileCommand(context));

        commandLine.addSubcommand(new MissedCommand(context));

        commandLine.addSubcommand(new SyncCommand(context));

        commandLine.addSubcommand(new OutboxCommand(context));

        commandLine.addSubcommand(new BenchCommand(context));

        commandLine.addSubcommand(new GenerateCommand(context));

        commandLine.addSubcommand(new ApproveCommand(context));

        commandLine.addSubcommand(new PushCommand(context));

        commandLine.addSubcommand(new MonthEndCommand(context));

        commandLine.addSubcommand(new ContractsCommand(context));

        commandLine.addSubcommand(new OpenCommand(context));

        commandLine.addSubcommand(new TriageCommand(context));
        return handled(context, commandLine);
    }

    private static CommandLine root(CliContext context, Consumer<GlobalOptions> openMainWindow) {
        return new CommandLine(new RootCommand(context.options(), openMainWindow));
    }

    private static CommandLine handled(CliContext context, CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> handle(context, failure));
        commandLine.setParameterExceptionHandler((failure, args) -> {
            context.err().println(failure.getMessage());
            context.err().println("See '" + failure.getCommandLine().getCommandName() + " --help'.");
            return UsageException.EXIT_CODE;
        });
        return commandLine;
    }

    /**
     * Asked for when needed: a logger held by this class would start logging (a fifth of a second) when the launcher
     * first asks {@link #opensWindowOnly}, before JavaFX could start beside it.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }

    private static int handle(CliContext context, Exception failure) {
        PrintWriter err = context.err();
        if (failure instanceof BillingOneException known) {
            err.println("error: " + known.getMessage());
            log().warn("Command failed: {}", known.getMessage(), known);
            if (context.options().verbose()) {
                known.printStackTrace(err);
            }
            err.flush();
            return known.exitCode();
        }
        log().error("Internal error", failure);
        err.println("internal error: " + failure + ". Details are in " + LogSetup.logFile()
                + " (run with --verbose to print them here).");
        if (context.options().verbose()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
