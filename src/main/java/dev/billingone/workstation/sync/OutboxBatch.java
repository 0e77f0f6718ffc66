package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.List;

/**
 * Entries delivered together in one request. {@code requestKey} is stable for this exact set of entries across
 * retries and restarts (it is stored on the entries), so it serves as the request's idempotency key.
 */
public record OutboxBatch(ExternalSystem system, String tenant, String operation, String requestKey,
                          List<OutboxDelivery> deliveries) {
    public OutboxBatch {
        deliveries = List.copyOf(deliveries);
    }
}
