package dev.billingone.workstation.auth;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The integrations feature's entry point for the CLI, the screens and the sync engine: the connections, the
 * token provider connectors use, OAuth sign-ins and the credential forms.
 */
public final class Integrations {
    private final ConnectionService connections;
    private final VaultAccessTokenProvider tokens;
    private final CredentialSetup credentials;

    public Integrations(Store store, TokenVault vault, Settings settings, Clock clock) {
        this.connections = new ConnectionService(store, vault, settings, clock);
        this.tokens = new VaultAccessTokenProvider(connections);
        this.credentials = new CredentialSetup(connections, tokens);
    }

    /** Opens this workstation's vault in {@code dataDir} ({@code env}: PATH for the keyring, the passphrase variable). */
    public static Integrations open(Store store, Path dataDir, Settings settings, Map<String, String> env, char[] passphrase) {
        return new Integrations(store, TokenVault.open(dataDir, passphrase, env), settings, Clock.systemUTC());
    }

    public ConnectionService connections() {
        return connections;
    }

    /** What connectors use for bearer tokens. */
    public AccessTokenProvider tokens() {
        return tokens;
    }

    public CredentialSetup credentials() {
        return credentials;
    }

    /** Starts a Xero or QBO sign-in; {@code clientSecret} only for apps that have one (QBO). */
    public OAuthSession beginOAuth(ExternalSystem system, String clientId, String clientSecret) {
        OAuthClientConfig config = OAuthClientConfig.of(connections.settings(), system, clientId, clientSecret);
        return new OAuthSession(connections, new OAuthClient(config, connections.clock()));
    }
}
