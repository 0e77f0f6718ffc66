package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.List;
import org.hibernate.Session;

/**
 * Delivers outbox entries of one (system, operation) to the remote system. The {@link OutboxWorker} owns
 * claiming, batching, retries, offline waiting and bookkeeping; a handler only knows how to send.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #deliver} receives up to {@link #maxBatchSize()} entries of the same system, tenant and operation,
 *       oldest first, and sends them in as few requests as the remote API allows (Xero: 50 invoices per POST;
 *       QBO: 10 operations per batch request).</li>
 *   <li>It must be safe to call twice with the same batch: the worker re-sends after a crash between send and
 *       commit. Use {@link OutboxBatch#requestKey()} as the request's {@code Idempotency-Key} (Xero) or
 *       {@code requestid} (QBO); the worker keeps the same batch together, with the same key, on every retry.</li>
 *   <li>It returns exactly one {@link DeliveryOutcome} per entry, keyed by {@link OutboxDelivery#entryId()}:
 *       {@code Delivered} (with the external id), {@code Rejected} (a validation error for that record: not
 *       retried until someone fixes and retries it) or {@code Conflict} (the remote record changed since our
 *       snapshot — QBO "Stale Object", Xero UpdatedDateUTC newer: shown to the user, never overwritten).</li>
 *   <li>When the whole request cannot be delivered it throws: {@link RemoteUnavailableException} (no network,
 *       DNS, 503, timeouts after retries — the worker waits and tries later, the app stays usable offline) or any
 *       other {@link dev.billingone.workstation.core.RemoteSystemException} (the batch is retried with backoff).
 *       HTTP retries, rate limits and token refresh are already handled by {@link RemoteApi}.</li>
 *   <li>It never touches the database itself while sending: the worker records the outcomes, and then calls
 *       {@link #recordOutcome} inside the same transaction that marks the entry sent — so "sent" and the local
 *       consequence (e.g. a generated invoice's external id and status) commit together.</li>
 * </ul>
 */
public interface OutboxHandler {
    ExternalSystem system();

    /** The {@link OutboxEntry#getOperation()} this handler delivers, e.g. {@code "invoice.upsert"}. */
    String operation();

    /** The most entries one {@link #deliver} call may receive (the remote API's batch size). */
    int maxBatchSize();

    /** Sends one batch; see the class comment for what to return and what to throw. */
    List<DeliveryOutcome> deliver(OutboxBatch batch);

    /**
     * Applies the local consequence of an outcome (e.g. store the external id on the generated invoice), inside
     * the worker's transaction. The entry itself is already updated by the worker. Default: nothing.
     */
    default void recordOutcome(Session session, OutboxDelivery delivery, DeliveryOutcome outcome) {
    }
}
