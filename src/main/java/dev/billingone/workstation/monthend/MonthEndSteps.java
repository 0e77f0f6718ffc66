package dev.billingone.workstation.monthend;

import dev.billingone.workstation.billing.GenerationListener;
import dev.billingone.workstation.billing.GenerationRequest;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceGenerator;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.Reconciliation;
import dev.billingone.workstation.reconcile.ReconciliationReports;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessTokenProvider;
import dev.billingone.workstation.sync.connectors.ConnectedPush;
import dev.billingone.workstation.sync.connectors.ConnectedSync;
import dev.billingone.workstation.sync.connectors.Connectors;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The standard work of each month-end step, through the same services the stand-alone commands use ({@code sync},
 * {@code reconcile}, {@code generate}, {@code approve --all}, {@code push}); the reports are the reconciliation's
 * PDF and CSV, written to {@code reportsDir} as {@code reconciliation-P.pdf|csv}.
 */
public final class MonthEndSteps {
    /** The sync step's result: the systems that are not connected (skipped) and what the connected ones did. */
    public record Sync(List<ExternalSystem> notConnected, ConnectedSync.Outcome outcome) {
    }

    /** The reports step's result: the reconciliation after generation, and the files written. */
    public record Reports(Reconciliation reconciliation, Path pdf, Path csv) {
    }

    private final Store store;
    private final Settings settings;
    private final AccessTokenProvider tokens;
    private final Clock clock;
    private final Path reportsDir;

    public MonthEndSteps(Store store, Settings settings, AccessTokenProvider tokens, Clock clock, Path reportsDir) {
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
        this.reportsDir = reportsDir;
    }

    public Map<MonthEndStep, StepWork> all() {
        Map<MonthEndStep, StepWork> work = new EnumMap<>(MonthEndStep.class);
        work.put(MonthEndStep.SYNC, (period, progress) -> sync(progress));
        work.put(MonthEndStep.RECONCILE, (period, progress) -> reconcile(period));
        work.put(MonthEndStep.GENERATE, this::generate);
        work.put(MonthEndStep.APPROVE, (period, progress) -> approve(period));
        work.put(MonthEndStep.PUSH, (period, progress) -> push());
        work.put(MonthEndStep.REPORTS, this::reports);
        return work;
    }

    private StepResult sync(Consumer<String> progress) {
        ConnectedSync sync = new ConnectedSync(store, settings, tokens);
        List<ExternalSystem> connected = sync.connectedSystems();
        List<ExternalSystem> notConnected = Connectors.SYNCABLE.stream().filter(s -> !connected.contains(s)).toList();
        String skipped = notConnected.isEmpty() ? "" : notConnected.stream().map(ExternalSystem::displayName)
                .collect(Collectors.joining(", ", "; ", ": skipped: not connected"));
        if (connected.isEmpty()) {
            return StepResult.skipped("not connected (connect Pax8, Xero or QuickBooks in Settings → Integrations)",
                    new Sync(notConnected, null));
        }
        ConnectedSync.Outcome outcome = sync.run(connected, () -> Thread.currentThread().isInterrupted(), progress);
        long fetched = outcome.results().stream().mapToLong(r -> r.fetched()).sum();
        String summary = connected.stream().map(ExternalSystem::displayName).collect(Collectors.joining(", ")) + ": "
                + fetched + " record(s) fetched, " + outcome.report().queued() + " queued" + skipped;
        if (outcome.remoteFailed()) {
            String failures = outcome.results().stream().filter(r -> r.failed())
                    .map(r -> r.system().displayName() + " " + r.resource() + ": " + r.failure())
                    .collect(Collectors.joining("; "));
            return StepResult.failed("sync failed (" + (failures.isEmpty() ? "outbox delivery" : failures)
                    + "); run month-end again when the system answers", new Sync(notConnected, outcome),
                    RemoteSystemException.EXIT_CODE);
        }
        return StepResult.done(summary, new Sync(notConnected, outcome));
    }

    private StepResult reconcile(Period period) {
        ReconciliationService.Outcome outcome = new ReconciliationService(store, new MissedBilling(store, clock))
                .reconcileAndRefresh(period);
        Reconciliation rows = outcome.reconciliation();
        return StepResult.done(rows.clientCount() + " client(s), " + rows.rows().size() + " row(s); missed billing "
                + rows.missed().rows() + " item(s), " + outcome.missed().created() + " new in the queue", outcome);
    }

    private StepResult generate(Period period, Consumer<String> progress) {
        GenerationResult result = new InvoiceGenerator(store).generate(new GenerationRequest(period, List.of(), false),
                new GenerationListener() {
                    @Override
                    public void progress(int done, int total) {
                        if (done > 0) {
                            progress.accept("generate: " + done + "/" + total + " clients");
                        }
                    }
                });
        return StepResult.done(result.created() + " created, " + result.updated() + " updated, " + result.unchanged()
                + " unchanged, " + result.parked().size() + " parked", result);
    }

    private StepResult approve(Period period) {
        InvoiceLifecycle.Approval approval = store.inTransaction(session ->
                InvoiceLifecycle.approveAll(session, InvoiceLifecycle.drafts(session, period)));
        return StepResult.done(approval.approved().size() + " approved, " + approval.refused().size() + " not approved"
                + (approval.refused().isEmpty() ? "" : " (first: invoice " + approval.refused().get(0).invoiceId() + ": "
                + approval.refused().get(0).reason() + ")"), approval);
    }

    private StepResult push() {
        ConnectedPush.Result result = new ConnectedPush(store, settings, tokens).push(() -> Thread.currentThread().isInterrupted());
        String summary = result.pushed() + " pushed, " + result.failed() + " refused, " + result.calls() + " request(s), "
                + result.queued() + " still queued";
        return result.problem() == null ? StepResult.done(summary, result)
                : StepResult.failed(summary + ": " + result.problem(), result, RemoteSystemException.EXIT_CODE);
    }

    private StepResult reports(Period period, Consumer<String> progress) {
        Reconciliation reconciliation = new ReconciliationService(store, new MissedBilling(store, clock)).reconcile(period);
        ReconciliationReports reports = new ReconciliationReports(store, clock);
        Path pdf = reportsDir.resolve("reconciliation-" + period + ".pdf").toAbsolutePath();
        Path csv = reportsDir.resolve("reconciliation-" + period + ".csv").toAbsolutePath();
        progress.accept("reports: writing " + pdf + " …");
        reports.writePdf(reconciliation, pdf, BulkProgress.NONE);
        reports.writeCsv(reconciliation, csv);
        return StepResult.done("reconciliation report " + pdf + " and " + csv, new Reports(reconciliation, pdf, csv));
    }
}
