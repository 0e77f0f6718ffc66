package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.billing.PushRunner;
import dev.billingone.workstation.billing.XeroBatchClient;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code push --period P}: sends the queued (approved) invoices and credit notes to Xero, 50 per request. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Send approved invoices and credit notes to Xero; safe to interrupt and run again.")
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
        AccessTokenProvider tokens = context.workstation().integrations().tokens();
        var store = context.workstation().store();
        long approved = store.read(s -> s.createSelectionQuery("select count(*) from GeneratedInvoice where period = :p "
                + "and status = :approved", Long.class).setParameter("p", month.toString())
                .setParameter("approved", dev.billingone.workstation.billing.InvoiceStatus.APPROVED).getSingleResult());
        context.progress("push: " + approved + " approved invoice(s) of " + month + " waiting");
        XeroBatchClient xero = new XeroBatchClient(new OkHttpClient(), context.workstation().settings().get("xero.apiBaseUrl"), tokens);
        PushRunner.PushResult result = new PushRunner(store, xero).push(() -> false);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", month.toString());
        json.put("pushed", result.pushed());
        json.put("failed", result.failed());
        json.put("calls", result.calls());
        json.put("queued", result.queued());
        context.result(json, "Pushed " + result.pushed() + ", refused by Xero " + result.failed() + " (see the invoices' "
                + "problem column), " + result.calls() + " request(s); " + result.queued() + " still queued.");
        if (result.problem() != null) {
            throw new RemoteSystemException(result.problem());
        }
        return 0;
    }
}
