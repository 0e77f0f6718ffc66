package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.deeplink.Route;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code triage}: the compact window, in the running workstation if there is one. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = "Open the compact triage window (missed billing, drafts, a client at a glance).")
public final class TriageCommand implements Callable<Integer> {
    private final CliContext context;

    public TriageCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return RunningInstance.forwardOrStart(context, Route.triage());
    }
}
