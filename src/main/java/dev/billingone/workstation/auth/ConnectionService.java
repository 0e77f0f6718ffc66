package dev.billingone.workstation.auth;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of this workstation: secrets in the {@link TokenVault}, the fact and state of each connection
 * in the database ({@link IntegrationConnection}, shared in team mode). Secrets are saved to the vault before the
 * database says "connected", so a crash in between leaves a harmless unused vault entry, never a connection
 * without tokens. Listeners hear every status change (the screen's cards, the needs-re-auth notification).
 */
public final class ConnectionService {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionService.class);

    private final Store store;
    private final TokenVault vault;
    private final Settings settings;
    private final Clock clock;
    private final List<Consumer<ConnectionSummary>> listeners = new CopyOnWriteArrayList<>();

    public ConnectionService(Store store, TokenVault vault, Settings settings, Clock clock) {
        this.store = store;
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
    }

    public TokenVault vault() {
        return vault;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public void addListener(Consumer<ConnectionSummary> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ConnectionSummary> listener) {
        listeners.remove(listener);
    }

    /** One summary per system, in the order of {@link ExternalSystem}. */
    public List<ConnectionSummary> all() {
        Map<ExternalSystem, IntegrationConnection> rows = new LinkedHashMap<>();
        store.read(session -> session.createSelectionQuery("from IntegrationConnection", IntegrationConnection.class)
                .getResultList()).forEach(row -> rows.put(row.getSystem(), row));
        return Arrays.stream(ExternalSystem.values())
                .map(system -> Optional.ofNullable(rows.get(system))
                        .map(row -> ConnectionSummary.of(row, vault.get(system).isPresent()))
                        .orElseGet(() -> ConnectionSummary.notConnected(system)))
                .toList();
    }

    public ConnectionSummary summary(ExternalSystem system) {
        return store.read(session -> find(session, system))
                .map(row -> ConnectionSummary.of(row, vault.get(system).isPresent()))
                .orElseGet(() -> ConnectionSummary.notConnected(system));
    }

    /** Stores a newly made connection: vault first, then the database row (status CONNECTED) and an audit row. */
    public ConnectionSummary connected(ExternalSystem system, StoredCredentials credentials, Tenant tenant) {
        vault.put(system, credentials);
        ConnectionSummary summary = update(system, "connect", row -> {
            row.setStatus(ConnectionStatus.CONNECTED);
            row.setAuthMethod(credentials.method());
            row.setTenantId(tenant.id());
            row.setTenantName(tenant.name());
            row.setConnectedBy(Actor.current());
            row.setConnectedAt(clock.instant());
            row.setTokenExpiresAt(credentials.accessExpiresAt());
            row.setRefreshExpiresAt(credentials.refreshExpiresAt());
            row.setLastError(null);
        });
        LOG.info("{} connected to {} by {}", system, tenant.name(), Actor.current());
        return summary;
    }

    /** After a refresh the vault already holds the new tokens; this only shows the new expiry. */
    void tokensRefreshed(ExternalSystem system, StoredCredentials credentials) {
        try {
            update(system, null, row -> {
                row.setTokenExpiresAt(credentials.accessExpiresAt());
                if (credentials.refreshExpiresAt() != null) {
                    row.setRefreshExpiresAt(credentials.refreshExpiresAt());
                }
                if (row.getStatus() != ConnectionStatus.CONNECTED) {
                    row.setStatus(ConnectionStatus.CONNECTED);
                    row.setLastError(null);
                }
            });
        } catch (RuntimeException e) {
            // The tokens are safe in the vault; a stale expiry on the card is not worth failing the sync for.
            LOG.warn("Could not record the new token expiry of {}: {}", system, e.getMessage());
        }
    }

    /**
     * The provider no longer accepts the connection: drop the dead tokens (so nothing retries them in a loop),
     * keep the client id/secret for reconnecting, and tell the listeners (who notify the user).
     */
    public ConnectionSummary needsReauth(ExternalSystem system, String reason) {
        vault.locked(() -> {
            vault.get(system).ifPresent(old -> vault.put(system, old.withoutTokens()));
            return null;
        });
        LOG.warn("{} needs to be connected again: {}", system, reason);
        return update(system, "needs-reauth", row -> {
            row.setStatus(ConnectionStatus.NEEDS_REAUTH);
            row.setTokenExpiresAt(null);
            row.setLastError(reason);
        });
    }

    /** A check or sync failed for another reason than authorisation: shown on the card, tokens kept. */
    public ConnectionSummary failed(ExternalSystem system, String reason) {
        return update(system, null, row -> {
            row.setStatus(ConnectionStatus.ERROR);
            row.setLastError(reason);
        });
    }

    /** A check succeeded: clears an earlier error. */
    public ConnectionSummary healthy(ExternalSystem system) {
        return update(system, null, row -> {
            row.setStatus(ConnectionStatus.CONNECTED);
            row.setLastError(null);
        });
    }

    /**
     * Revokes at the provider where it has a revocation endpoint, then deletes the local secrets and marks the
     * connection as not connected. Local deletion happens even when the provider cannot be reached (the user
     * asked to disconnect); the returned note says so, and what to do.
     */
    public DisconnectResult disconnect(ExternalSystem system) {
        Optional<StoredCredentials> credentials = vault.get(system);
        String note = null;
        boolean revoked = false;
        if (credentials.isPresent() && credentials.get().method() == AuthMethod.OAUTH_CODE
                && credentials.get().refreshToken() != null) {
            StoredCredentials c = credentials.get();
            try {
                new OAuthClient(OAuthClientConfig.of(settings, system, c.clientId(), c.clientSecret()), clock).revoke(c.refreshToken());
                revoked = true;
            } catch (OAuthFailure e) {
                note = "The local tokens were deleted, but " + system.displayName() + " could not be told ("
                        + e.getMessage() + "). Remove BillingOne under the connected apps of your "
                        + system.displayName() + " account to finish.";
            }
        }
        vault.remove(system);
        update(system, "disconnect", row -> {
            row.setStatus(ConnectionStatus.NOT_CONNECTED);
            row.setTenantId(null);
            row.setTenantName(null);
            row.setTokenExpiresAt(null);
            row.setRefreshExpiresAt(null);
            row.setLastError(null);
        });
        return new DisconnectResult(system, revoked, note);
    }

    /** The outcome of {@link #disconnect}: whether the provider revoked, and what the user must still do. */
    public record DisconnectResult(ExternalSystem system, boolean revokedAtProvider, String note) {
    }

    private ConnectionSummary update(ExternalSystem system, String auditAction, Consumer<IntegrationConnection> change) {
        IntegrationConnection saved = store.inTransaction(session -> {
            IntegrationConnection row = find(session, system).orElseGet(() -> {
                IntegrationConnection fresh = new IntegrationConnection();
                fresh.setSystem(system);
                fresh.setStatus(ConnectionStatus.NOT_CONNECTED);
                return fresh;
            });
            Map<String, Object> before = row.getId() == null ? null : visible(row);
            change.accept(row);
            if (row.getId() == null) {
                session.persist(row);
            }
            if (auditAction != null) {
                session.flush();
                AuditLog.record(session, "IntegrationConnection", row.getId(), auditAction, before, visible(row), null);
            }
            return row;
        });
        ConnectionSummary summary = ConnectionSummary.of(saved, vault.get(system).isPresent());
        listeners.forEach(listener -> listener.accept(summary));
        return summary;
    }

    private static Optional<IntegrationConnection> find(Session session, ExternalSystem system) {
        return session.createSelectionQuery("from IntegrationConnection where system = :system", IntegrationConnection.class)
                .setParameter("system", system)
                .uniqueResultOptional();
    }

    /** The audit trail's view of a connection: never a secret (there are none in the row, by design). */
    private static Map<String, Object> visible(IntegrationConnection row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("system", row.getSystem());
        fields.put("status", row.getStatus());
        fields.put("authMethod", row.getAuthMethod());
        fields.put("tenantId", row.getTenantId());
        fields.put("tenantName", row.getTenantName());
        fields.put("connectedBy", row.getConnectedBy());
        fields.put("connectedAt", row.getConnectedAt());
        return fields;
    }
}
