package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens for client-credential connections (Pax8; Xero custom connections): there is no refresh token, so a new
 * token is requested when the cached one is near expiry or was rejected. Where the id and secret are kept is the
 * token vault's business ({@link CredentialsSource}); this class keeps tokens in memory only.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {
    private static final Duration EARLY = Duration.ofMinutes(1);

    /** A client id and secret; {@link #toString()} hides the secret. */
    public record ClientCredentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /** Where the credentials come from (the encrypted vault in the app; a fixed pair in tests). */
    public interface CredentialsSource {
        Optional<ClientCredentials> credentials(ExternalSystem system);
    }

    /** The system's token request (Pax8: JSON body with audience; Xero: form + Basic auth, then the tenant). */
    public interface Grant {
        AccessToken request(ClientCredentials credentials);
    }

    private final Map<ExternalSystem, Grant> grants = new EnumMap<>(ExternalSystem.class);
    private final Map<ExternalSystem, AccessToken> cache = new EnumMap<>(ExternalSystem.class);
    private final CredentialsSource source;
    private final Clock clock;

    public ClientCredentialsTokenProvider(Map<ExternalSystem, Grant> grants, CredentialsSource source, Clock clock) {
        this.grants.putAll(grants);
        this.source = source;
        this.clock = clock;
    }

    @Override
    public synchronized AccessToken current(ExternalSystem system) {
        AccessToken cached = cache.get(system);
        if (cached != null && (cached.expiresAt() == null || cached.expiresAt().isAfter(clock.instant().plus(EARLY)))) {
            return cached;
        }
        return requestNew(system);
    }

    @Override
    public synchronized AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected) {
        AccessToken cached = cache.get(system);
        if (cached != null && !cached.value().equals(rejected.value())) {
            return cached; // another caller already got a new one
        }
        return requestNew(system);
    }

    private AccessToken requestNew(ExternalSystem system) {
        Grant grant = grants.get(system);
        ClientCredentials credentials = source.credentials(system).orElseThrow(() -> new RemoteSystemException(
                system.displayName() + " is not connected. Connect it in Settings → Integrations."));
        if (grant == null) {
            throw new RemoteSystemException(system.displayName() + " does not support client-credential connections.");
        }
        AccessToken token = grant.request(credentials);
        cache.put(system, token);
        return token;
    }
}
