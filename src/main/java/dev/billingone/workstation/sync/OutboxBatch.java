package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * The request key of a new batch, derived from its entries' idempotency keys (in order): one entry keeps its own
     * key; several get a digest of theirs, so the same entries always make the same request.
     */
    public static String requestKeyOf(List<String> idempotencyKeys) {
        if (idempotencyKeys.size() == 1) {
            return idempotencyKeys.get(0);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            idempotencyKeys.forEach(key -> sha.update((key + "\n").getBytes(StandardCharsets.UTF_8)));
            return "batch-" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
