package dev.billingone.workstation.sync;

import java.time.Instant;

/**
 * A bearer token for one connection, with the tenant it is for (Xero tenant id, QBO realm id; null for Pax8).
 * {@link #toString()} never shows the secret.
 */
public record AccessToken(String value, String tenantId, Instant expiresAt) {
    @Override
    public String toString() {
        return "AccessToken[tenant=" + tenantId + ", expiresAt=" + expiresAt + ", value=***]";
    }
}
