package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code approve --period P (--all | --invoice ID…)}: approves drafts and queues their push. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve draft invoices of a period; approved invoices are queued for Xero/QBO.")
public final class ApproveCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--period", required = true, description = "Billing month, YYYY-MM.")
    String period;

    @Option(names = "--all", description = "Every draft of the period.")
    boolean all;

    @Option(names = "--invoice", split = ",", description = "Only these invoice ids (repeatable or comma-separated).")
    List<Long> invoices = new ArrayList<>();

    public ApproveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (all == !invoices.isEmpty()) {
            throw new UsageException("Say which invoices: --all, or --invoice ID (not both).");
        }
        Period month = Period.parse(period);
        InvoiceLifecycle.Approval approval = context.workstation().store().inTransaction(session ->
                InvoiceLifecycle.approveAll(session, all ? InvoiceLifecycle.drafts(session, month) : invoices));
        StringBuilder human = new StringBuilder("Approved " + approval.approved().size() + " invoice(s) of " + month
                + "; they are queued for push.");
        approval.refused().forEach(r -> human.append("\n  not approved: invoice ").append(r.invoiceId()).append(": ")
                .append(r.reason()));
        context.result(json(month, approval), human.toString());
        // Nothing approved although some were asked for: the state forbids it (exit 4), as for any conflict.
        return !approval.refused().isEmpty() && approval.approved().isEmpty() ? ConflictException.EXIT_CODE : 0;
    }

    static Map<String, Object> json(Period month, InvoiceLifecycle.Approval approval) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", month.toString());
        json.put("approved", approval.approved().size());
        json.put("refused", approval.refused().stream()
                .map(r -> Map.of("invoiceId", r.invoiceId(), "reason", r.reason())).toList());
        return json;
    }
}
