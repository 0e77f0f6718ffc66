package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.demo.DemoOrganisation;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo [--clients N] [--seed S] [--period YYYY-MM] [--replace]}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a realistic demo organisation (deterministic for a seed).")
public final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--clients", paramLabel = "N", description = "Number of clients (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int clients;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same data (default ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The month the data centres on (default: this month).")
    String period;

    @Option(names = "--replace", description = "Erase the existing organisation first.")
    boolean replace;

    public DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Period month = period == null ? Period.of(YearMonth.now()) : Period.parse(period);
        context.progress("Creating the demo organisation with " + clients + " clients…");
        DemoOrganisation.Summary summary = DemoOrganisation.create(context.workstation().store(),
                new DemoOrganisation.Options(clients, seed, month, replace));
        context.result(summary, String.format("Created %s for %s: %d products, %d clients, %d subscriptions, %d contracts, "
                        + "%d invoices, %d device counts, %d missed-billing items in %d ms.", summary.organisation(), summary.period(),
                summary.products(), summary.clients(), summary.subscriptions(), summary.contracts(), summary.invoices(),
                summary.devices(), summary.missedBilling(), summary.millis()));
        return 0;
    }
}
