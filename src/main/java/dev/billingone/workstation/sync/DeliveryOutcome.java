package dev.billingone.workstation.sync;

/** What happened to one outbox entry in a delivery; see {@link OutboxHandler}. */
public sealed interface DeliveryOutcome {
    long entryId();

    /**
     * The remote system accepted the write; {@code externalId} is its id for the record and {@code number} the
     * document number it shows (an invoice number it assigned or kept), null when there is none.
     */
    record Delivered(long entryId, String externalId, String number) implements DeliveryOutcome {
        public Delivered(long entryId, String externalId) {
            this(entryId, externalId, null);
        }
    }

    /** The remote system refused this record (validation); {@code message} says what to fix. Not retried. */
    record Rejected(long entryId, String message) implements DeliveryOutcome {
    }

    /** The remote record changed since our snapshot; the user decides. Never retried automatically. */
    record Conflict(long entryId, String message) implements DeliveryOutcome {
    }
}
