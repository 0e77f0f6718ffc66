package dev.billingone.workstation.billing;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/**
 * "Push": delivers the approved invoices and credit notes waiting on the outbox. The one entry point the
 * {@code push} and {@code month-end} commands (and the screens) share.
 */
public final class InvoicePush {
    private final Store store;
    private final Settings settings;
    private final AccessTokenProvider tokens;

    public InvoicePush(Store store, Settings settings, AccessTokenProvider tokens) {
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
    }

    /** What a push did; {@code failed} are refusals (shown on the document), {@code queued} is what is left. */
    public record Result(int pushed, int failed, int calls, long queued, String problem) {
    }

    /**
     * Sends now: entries that failed earlier (remote down) are made due at once, since whoever asks for a push wants
     * it tried now, not after the backoff; they keep their request key, so a re-send stays harmless.
     */
    public Result push(BooleanSupplier cancelled) {
        store.write(session -> session.createMutationQuery("update OutboxEntry set nextAttemptAt = :now "
                        + "where state = :failed and operation in (:ops)")
                .setParameter("now", java.time.Instant.now())
                .setParameter("failed", dev.billingone.workstation.sync.OutboxState.FAILED)
                .setParameterList("ops", java.util.List.of(PushQueue.INVOICE, PushQueue.CREDIT_NOTE))
                .executeUpdate());
        PushRunner.PushResult result = new PushRunner(store,
                new XeroBatchClient(new OkHttpClient(), settings.get("xero.apiBaseUrl"), tokens)).push(cancelled);
        return new Result(result.pushed(), result.failed(), result.calls(), result.queued(), result.problem());
    }

    /** Approved invoices of the period waiting to go out. */
    public long approvedWaiting(dev.billingone.workstation.core.Period period) {
        return store.read(s -> s.createSelectionQuery("select count(*) from GeneratedInvoice where period = :p "
                        + "and status = :approved", Long.class)
                .setParameter("p", period.toString())
                .setParameter("approved", InvoiceStatus.APPROVED)
                .getSingleResult());
    }
}
