package dev.billingone.workstation.auth;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.time.Duration;
import java.time.Instant;

/**
 * Connectors' tokens, from this workstation's vault. OAuth tokens are refreshed {@link #REFRESH_MARGIN} before
 * they expire (Xero 30 min, QBO 1 h); client-credential tokens are fetched anew. A refresh happens under the
 * vault's lock and the rotated tokens are saved (atomically) before anyone uses them, so a crash after the save
 * keeps the connection, and a crash before it still has the previous refresh token (which Xero and Intuit
 * accept for a grace period). {@code invalid_grant} marks the connection "needs re-auth" once; later calls fail
 * fast without contacting the provider, so nothing loops.
 */
public final class VaultAccessTokenProvider implements AccessTokenProvider {
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final ConnectionService connections;
    private final TokenVault vault;

    public VaultAccessTokenProvider(ConnectionService connections) {
        this.connections = connections;
        this.vault = connections.vault();
    }

    @Override
    public AccessToken current(ExternalSystem system) {
        StoredCredentials credentials = stored(system);
        if (credentials.method() == AuthMethod.API_KEY || isFresh(credentials)) {
            return toAccessToken(credentials);
        }
        return renew(system, null);
    }

    @Override
    public AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected) {
        StoredCredentials credentials = stored(system);
        if (credentials.method() == AuthMethod.API_KEY) {
            String why = system.displayName() + " rejected the saved API key. Enter it again in Settings → Integrations.";
            connections.needsReauth(system, why);
            throw new OAuthFailure(Problem.NEEDS_REAUTH, why);
        }
        return renew(system, rejected == null ? null : rejected.value());
    }

    /** Refresh under the vault lock; another thread or process may have refreshed meanwhile: then use theirs. */
    private AccessToken renew(ExternalSystem system, String rejectedValue) {
        StoredCredentials saved = vault.locked(() -> {
            StoredCredentials credentials = stored(system);
            boolean alreadyRenewed = rejectedValue == null
                    ? isFresh(credentials)
                    : credentials.accessToken() != null && !credentials.accessToken().equals(rejectedValue);
            if (alreadyRenewed) {
                return credentials;
            }
            StoredCredentials updated = credentials.withTokens(obtain(system, credentials));
            vault.put(system, updated);
            return updated;
        });
        connections.tokensRefreshed(system, saved);
        return toAccessToken(saved);
    }

    private TokenSet obtain(ExternalSystem system, StoredCredentials credentials) {
        try {
            if (credentials.method() == AuthMethod.OAUTH_CODE) {
                if (credentials.refreshToken() == null) {
                    throw new OAuthFailure(Problem.NEEDS_REAUTH, system.displayName() + " needs to be connected again "
                            + "(Settings → Integrations, or `billingone connect " + system.name().toLowerCase() + "`).");
                }
                return oauthClient(system, credentials).refresh(credentials.refreshToken());
            }
            if (system == ExternalSystem.PAX8) {
                return Pax8Tokens.fetch(connections.settings(), credentials.clientId(), credentials.clientSecret(), connections.clock());
            }
            return oauthClient(system, credentials).clientCredentials();
        } catch (OAuthFailure e) {
            if (e.problem() == Problem.NEEDS_REAUTH || e.problem() == Problem.WRONG_CLIENT) {
                connections.needsReauth(system, e.getMessage());
                throw new OAuthFailure(Problem.NEEDS_REAUTH, e.getMessage(), e);
            }
            throw e;
        }
    }

    private OAuthClient oauthClient(ExternalSystem system, StoredCredentials credentials) {
        return new OAuthClient(OAuthClientConfig.of(connections.settings(), system, credentials.clientId(),
                credentials.clientSecret()), connections.clock());
    }

    private boolean isFresh(StoredCredentials credentials) {
        if (credentials.accessToken() == null) {
            return false;
        }
        Instant expiry = credentials.accessExpiresAt();
        return expiry == null || connections.clock().instant().plus(REFRESH_MARGIN).isBefore(expiry);
    }

    private StoredCredentials stored(ExternalSystem system) {
        return vault.get(system).orElseThrow(() -> new RemoteSystemException(system.displayName()
                + " is not connected on this workstation. Connect it in Settings → Integrations "
                + "(billingone://settings/integrations) or run `billingone connect " + system.name().toLowerCase() + "`."));
    }

    private static AccessToken toAccessToken(StoredCredentials credentials) {
        if (credentials.method() == AuthMethod.API_KEY) {
            return new AccessToken(credentials.apiKey(), credentials.account(), null);
        }
        return new AccessToken(credentials.accessToken(), credentials.tenantId(), credentials.accessExpiresAt());
    }
}
