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
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Consumer<GlobalOptions> openMainWindow) {
        GlobalOptions options = new GlobalOptions();
        try (CliContext context = new CliContext(options, env, out, err)) {
            CommandLine commandLine = build(context, openMainWindow);
            commandLine.setOut(out);
            commandLine.setErr(err);
            return commandLine.execute(args);
        }
    }

    static CommandLine build(CliContext context, Consumer<GlobalOptions> openMainWindow) {
        CommandLine commandLine = new CommandLine(new RootCommand(context.options(), openMainWindow));
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

        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> handle(context, failure));
        commandLine.setParameterExceptionHandler((failure, args) -> {
            context.err().println(failure.getMessage());
            context.err().println("See '" + failure.getCommandLine().getCommandName() + " --help'.");
            return UsageException.EXIT_CODE;
        });
        return commandLine;
    }

    private static int handle(CliContext context, Exception failure) {
        PrintWriter err = context.err();
        if (failure instanceof BillingOneException known) {
            err.println("error: " + known.getMessage());
            LOG.warn("Command failed: {}", known.getMessage(), known);
            if (context.options().verbose()) {
                known.printStackTrace(err);
            }
            err.flush();
            return known.exitCode();
        }
        LOG.error("Internal error", failure);
        err.println("internal error: " + failure + ". Details are in " + LogSetup.logFile()
                + " (run with --verbose to print them here).");
        if (context.options().verbose()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
