package dev.billingone.workstation.sync;

/**
 * What a handler sees of one outbox entry: a detached, immutable copy, so that sending never holds a database
 * session open. {@code attempt} is 1 on the first delivery.
 */
public record OutboxDelivery(long entryId, String operation, String entityType, long entityId, String payload,
                             String idempotencyKey, int attempt) {

    static OutboxDelivery of(OutboxEntry entry) {
        return new OutboxDelivery(entry.getId(), entry.getOperation(), entry.getEntityType(), entry.getEntityId(),
                entry.getPayload(), entry.getIdempotencyKey(), entry.getAttempts());
    }
}
