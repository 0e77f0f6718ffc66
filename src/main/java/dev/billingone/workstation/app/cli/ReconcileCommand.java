package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.Reconciliation;
import dev.billingone.workstation.reconcile.ReconciliationReports;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.reconcile.ReconciliationStatus;
import dev.billingone.workstation.reconcile.Totals;
import dev.billingone.workstation.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reconcile --period P [--client ID] [--pdf FILE] [--csv FILE]}: reconciles the period, brings the
 * missed-billing queue up to date (always for every client, so that a client-scoped run never closes other
 * clients' items) and writes the reports of the selected rows.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile what was sold against what was billed for a period; refresh the missed-billing queue; write reports.")
public final class ReconcileCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
    String period;

    @Option(names = "--client", paramLabel = "ID", description = "Only this client's rows in the output and reports.")
    Long clientId;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the PDF report here.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the rows as CSV here.")
    Path csv;

    public ReconcileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Period month = Period.parse(period);
        Store store = context.workstation().store();
        Clock clock = Clock.systemDefaultZone();
        ReconciliationService.Outcome outcome = new ReconciliationService(store, new MissedBilling(store, clock)).reconcileAndRefresh(month);
        Reconciliation rows = clientId == null ? outcome.reconciliation() : outcome.reconciliation().forClient(clientId);
        ReconciliationReports reports = new ReconciliationReports(store, clock);
        if (pdf != null) {
            context.progress("Writing " + pdf + " …");
            reports.writePdf(rows, pdf, BulkProgress.NONE);
        }
        if (csv != null) {
            reports.writeCsv(rows, csv);
        }
        Totals totals = rows.totals();
        Totals missed = rows.missed();
        context.result(json(rows, outcome.missed(), pdf, csv), human(rows, totals, missed, outcome.missed()));
        return 0;
    }

    /** The JSON result of docs/cli.md; {@code queue} null when the queue was not refreshed. */
    static Map<String, Object> json(Reconciliation rows, MissedBilling.RefreshResult queue, Path pdf, Path csv) {
        Totals totals = rows.totals();
        Totals missed = rows.missed();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", rows.period().toString());
        json.put("clients", rows.clientCount());
        json.put("rows", rows.rows().size());
        json.put("currency", totals.currency());
        json.put("sold", money(totals.sold(), totals));
        json.put("billed", money(totals.billed(), totals));
        json.put("variance", money(totals.variance(), totals));
        json.put("missed", Map.of("count", missed.rows(), "amount", money(missed.variance(), missed)));
        Map<String, Object> byStatus = new LinkedHashMap<>();
        rows.totalsByStatus().forEach((status, t) -> byStatus.put(status.name(),
                Map.of("rows", t.rows(), "variance", money(t.variance(), t))));
        json.put("byStatus", byStatus);
        if (queue != null) {
            json.put("queue", Map.of("created", queue.created(), "updated", queue.updated(),
                    "reopened", queue.reopened(), "resolved", queue.resolved()));
        }
        json.put("pdf", pdf == null ? null : pdf.toAbsolutePath().toString());
        json.put("csv", csv == null ? null : csv.toAbsolutePath().toString());
        return json;
    }

    private static String money(java.math.BigDecimal amount, Totals totals) {
        return Money.of(amount, totals.currency()).toPlainString();
    }

    private String human(Reconciliation rows, Totals totals, Totals missed, MissedBilling.RefreshResult queue) {
        StringBuilder text = new StringBuilder(String.format("Reconciliation %s: %d clients, %d rows (%s)%n", rows.period(),
                rows.clientCount(), rows.rows().size(), totals.currency()));
        for (Map.Entry<ReconciliationStatus, Totals> entry : rows.totalsByStatus().entrySet()) {
            text.append(String.format("  %-13s %6d rows   variance %14s%n", entry.getKey().label(), entry.getValue().rows(),
                    money(entry.getValue().variance(), totals)));
        }
        text.append(String.format("  Sold %s · billed %s · variance %s%n", money(totals.sold(), totals),
                money(totals.billed(), totals), money(totals.variance(), totals)));
        text.append(String.format("Missed billing: %d items, %s (queue: %d new, %d updated, %d re-opened, %d resolved)",
                missed.rows(), money(missed.variance(), missed), queue.created(), queue.updated(), queue.reopened(), queue.resolved()));
        if (pdf != null) {
            text.append("\nPDF: ").append(pdf.toAbsolutePath());
        }
        if (csv != null) {
            text.append("\nCSV: ").append(csv.toAbsolutePath());
        }
        return text.toString();
    }
}
