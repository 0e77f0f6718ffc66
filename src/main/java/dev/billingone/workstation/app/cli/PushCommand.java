package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.sync.connectors.ConnectedPush;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code push --period P}: sends the queued (approved) invoices and credit notes through the outbox. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Send approved invoices and credit notes to Xero or QuickBooks; safe to interrupt and run again.")
public final class PushCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--period", required = true, description = "Billing month, YYYY-MM (its approved invoices are pushed).")
    String period;

    public PushCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Period month = Period.parse(period);
        Workstation workstation = context.workstation();
        long approved = workstation.store().read(s -> s.createSelectionQuery("select count(*) from GeneratedInvoice "
                        + "where period = :p and status = :approved", Long.class)
                .setParameter("p", month.toString())
                .setParameter("approved", InvoiceStatus.APPROVED)
                .getSingleResult());
        context.progress("push: " + approved + " approved invoice(s) of " + month + " waiting");
        ConnectedPush.Result result = new ConnectedPush(workstation.store(), workstation.settings(),
                workstation.integrations().tokens()).push(() -> Thread.currentThread().isInterrupted());
        context.result(json(month, result), human(result));
        if (result.problem() != null) {
            throw new RemoteSystemException(result.problem());
        }
        return 0;
    }

    static Map<String, Object> json(Period month, ConnectedPush.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", month.toString());
        json.put("pushed", result.pushed());
        json.put("failed", result.failed());
        json.put("calls", result.calls());
        json.put("queued", result.queued());
        return json;
    }

    static String human(ConnectedPush.Result result) {
        return "Pushed " + result.pushed() + ", refused " + result.failed() + " (see the invoices' problem column), "
                + result.calls() + " request(s); " + result.queued() + " still queued.";
    }
}
