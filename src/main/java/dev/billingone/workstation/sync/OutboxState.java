package dev.billingone.workstation.sync;

/** Delivery state of an outbox entry. */
public enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    CONFLICT,
    CANCELLED
}
