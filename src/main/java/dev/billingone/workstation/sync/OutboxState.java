package dev.billingone.workstation.sync;

/**
 * Delivery state of an outbox entry. PENDING, SENDING and FAILED are "queued" (the worker will deliver them);
 * REJECTED and CONFLICT wait for a person (fix the record, or resolve the conflict, then retry); SENT and
 * CANCELLED are final.
 */
public enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    CONFLICT,
    CANCELLED,
    REJECTED
}
