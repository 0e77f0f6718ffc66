package dev.billingone.workstation.sync;

/** What happened to one outbox entry in a delivery; see {@link OutboxHandler}. */
public sealed interface DeliveryOutcome {
    long entryId();

    /** The remote system accepted the write; {@code externalId} is its id for the record. */
    record Delivered(long entryId, String externalId) implements DeliveryOutcome {
    }

    /** The remote system refused this record (validation); {@code message} says what to fix. Not retried. */
    record Rejected(long entryId, String message) implements DeliveryOutcome {
    }

    /** The remote record changed since our snapshot; the user decides. Never retried automatically. */
    record Conflict(long entryId, String message) implements DeliveryOutcome {
    }
}
