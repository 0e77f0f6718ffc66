package dev.billingone.workstation.auth;

import dev.billingone.workstation.core.ExternalSystem;
import java.time.Instant;

/**
 * What the Integrations screen shows for one system. {@code onThisWorkstation} is false in team mode when the
 * shared database says a colleague connected it but this workstation's vault has no credentials for it.
 */
public record ConnectionSummary(
        ExternalSystem system,
        ConnectionStatus status,
        AuthMethod authMethod,
        String tenantId,
        String tenantName,
        String connectedBy,
        Instant connectedAt,
        Instant tokenExpiresAt,
        Instant refreshExpiresAt,
        Instant lastSyncAt,
        String lastError,
        boolean onThisWorkstation) {

    static ConnectionSummary notConnected(ExternalSystem system) {
        return new ConnectionSummary(system, ConnectionStatus.NOT_CONNECTED, null, null, null, null, null, null, null,
                null, null, false);
    }

    static ConnectionSummary of(IntegrationConnection row, boolean onThisWorkstation) {
        return new ConnectionSummary(row.getSystem(), row.getStatus(), row.getAuthMethod(), row.getTenantId(),
                row.getTenantName(), row.getConnectedBy(), row.getConnectedAt(), row.getTokenExpiresAt(),
                row.getRefreshExpiresAt(), row.getLastSyncAt(), row.getLastError(), onThisWorkstation);
    }

    public boolean isConnected() {
        return status == ConnectionStatus.CONNECTED;
    }
}
