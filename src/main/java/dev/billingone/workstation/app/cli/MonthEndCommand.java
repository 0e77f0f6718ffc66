package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.monthend.MonthEndResult;
import dev.billingone.workstation.monthend.MonthEndRun;
import dev.billingone.workstation.monthend.MonthEndStep;
import dev.billingone.workstation.monthend.MonthEndSteps;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.connectors.ConnectedPush;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code month-end --period P [--push] [--restart] [--reports DIR]}: sync → reconcile → generate → (approve → push)
 * → reports, resumable: a rerun skips the steps an earlier run finished and says so. Progress per step on stderr;
 * the result (per step, each with its stand-alone command's JSON) on stdout.
 */
@Command(name = "month-end", mixinStandardHelpOptions = true,
        description = "Run the month-end for a period: sync, reconcile, generate, (approve and push), reports. "
                + "Run it again after a crash or a failure to continue where it stopped.")
public final class MonthEndCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
    String period;

    @Option(names = "--push", description = "Also approve every draft of the period and push it to Xero/QuickBooks.")
    boolean push;

    @Option(names = "--restart", description = "Forget what earlier runs of this period did; run every step again.")
    boolean restart;

    @Option(names = "--reports", paramLabel = "DIR", description = "Where the reconciliation PDF and CSV go "
            + "(default: the data dir's reports folder).")
    Path reportsDir;

    public MonthEndCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Period month = Period.parse(period);
        Workstation workstation = context.workstation();
        Store store = workstation.store();
        Clock clock = Clock.systemDefaultZone();
        Path reports = reportsDir != null ? reportsDir : workstation.dataDir().path().resolve("reports");
        MonthEndSteps steps = new MonthEndSteps(store, workstation.settings(), workstation.integrations().tokens(), clock, reports);
        MonthEndResult result = new MonthEndRun(store, clock).run(month, push, restart, steps.all(), context::progress);
        context.result(json(result, store), human(result));
        return result.exitCode();
    }

    private static Map<String, Object> json(MonthEndResult result, Store store) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", result.period().toString());
        json.put("push", result.push());
        json.put("complete", result.complete());
        json.put("resumed", result.resumedAfter().stream().map(MonthEndStep::id).toList());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (MonthEndResult.Step step : result.steps()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("step", step.step().id());
            row.put("outcome", outcome(step.outcome()));
            if (step.outcome() == MonthEndResult.Outcome.DONE_EARLIER) {
                row.put("reason", "done in an earlier run");
            } else if (step.outcome() == MonthEndResult.Outcome.SKIPPED) {
                row.put("reason", step.summary());
            }
            row.put("summary", step.summary());
            row.put("finishedAt", step.finishedAt() == null ? null : step.finishedAt().toString());
            row.put("result", step.result() == null ? null : stepJson(step.result(), result.period(), store));
            steps.add(row);
        }
        json.put("steps", steps);
        return json;
    }

    private static String outcome(MonthEndResult.Outcome outcome) {
        return switch (outcome) {
            case DONE -> "done";
            case SKIPPED, DONE_EARLIER -> "skipped";
            case FAILED -> "failed";
            case NOT_RUN -> "not-run";
        };
    }

    /** Each step's result as its stand-alone command prints it (docs/cli.md), so scripts read one shape. */
    private static Object stepJson(Object result, Period period, Store store) {
        if (result instanceof MonthEndSteps.Sync sync) {
            Map<String, Object> json = sync.outcome() == null ? new LinkedHashMap<>(Map.of("results", List.of()))
                    : SyncCommand.json(sync.outcome().results(), sync.outcome().report().queued());
            json.put("notConnected", sync.notConnected().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
            return json;
        }
        if (result instanceof ReconciliationService.Outcome reconciled) {
            return ReconcileCommand.json(reconciled.reconciliation(), reconciled.missed(), null, null);
        }
        if (result instanceof GenerationResult generated) {
            return GenerateCommand.json(generated, GenerateCommand.baseCurrency(store, generated));
        }
        if (result instanceof InvoiceLifecycle.Approval approval) {
            return ApproveCommand.json(period, approval);
        }
        if (result instanceof ConnectedPush.Result pushed) {
            return PushCommand.json(period, pushed);
        }
        if (result instanceof MonthEndSteps.Reports reports) {
            return ReconcileCommand.json(reports.reconciliation(), null, reports.pdf(), reports.csv());
        }
        throw new IllegalStateException("No JSON for a month-end step result of " + result.getClass());
    }

    private static String human(MonthEndResult result) {
        StringBuilder text = new StringBuilder("Month-end " + result.period() + (result.push() ? " (with push)" : "") + ":\n");
        for (MonthEndResult.Step step : result.steps()) {
            String what = step.outcome() == MonthEndResult.Outcome.DONE_EARLIER ? "skipped (done in an earlier run)"
                    : outcome(step.outcome());
            text.append(String.format("  %-10s %-33s %s%n", step.step().id(), what, step.summary() == null ? "" : step.summary()));
        }
        text.append(result.complete() ? "Complete." : "Stopped: fix what the failed step says, then run the same command "
                + "again; it continues at that step.");
        return text.toString();
    }
}
