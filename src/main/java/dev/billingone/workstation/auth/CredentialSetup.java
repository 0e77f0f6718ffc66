package dev.billingone.workstation.auth;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.util.List;

/**
 * The forms for systems without a browser sign-in: each validates the credentials live against the configured
 * endpoint and stores them only when they work, so a typo never replaces a working connection.
 */
public final class CredentialSetup {
    private final ConnectionService connections;
    private final VaultAccessTokenProvider tokens;

    CredentialSetup(ConnectionService connections, VaultAccessTokenProvider tokens) {
        this.connections = connections;
        this.tokens = tokens;
    }

    /** Pax8 client id/secret, validated by fetching a token. */
    public ConnectionSummary connectPax8(String clientId, String clientSecret) {
        require(clientId, "Pax8 client id");
        require(clientSecret, "Pax8 client secret");
        TokenSet token = Pax8Tokens.fetch(connections.settings(), clientId.trim(), clientSecret.trim(), connections.clock());
        return connections.connected(ExternalSystem.PAX8,
                StoredCredentials.clientCredentials(clientId.trim(), clientSecret.trim(), token, null),
                new Tenant(null, "Pax8 partner account"));
    }

    /** A Xero custom connection (client_credentials, one organisation), validated by fetching a token and its organisation. */
    public ConnectionSummary connectXeroCustom(String clientId, String clientSecret) {
        require(clientId, "Xero client id");
        require(clientSecret, "Xero client secret");
        OAuthClientConfig config = OAuthClientConfig.of(connections.settings(), ExternalSystem.XERO, clientId.trim(), clientSecret.trim());
        TokenSet token = new OAuthClient(config, connections.clock()).clientCredentials();
        List<Tenant> tenants = XeroConnections.list(connections.settings().get("xero.connectionsUrl"), token.accessToken());
        if (tenants.isEmpty()) {
            throw new OAuthFailure(Problem.PROTOCOL, "The Xero custom connection works but has no organisation. "
                    + "Authorise it for an organisation in the Xero developer portal, then try again.");
        }
        Tenant tenant = tenants.get(0);
        return connections.connected(ExternalSystem.XERO,
                StoredCredentials.clientCredentials(config.clientId(), config.clientSecret(), token, tenant.id()), tenant);
    }

    /** SuperOps API token + subdomain, validated with one GraphQL query. */
    public ConnectionSummary connectSuperOps(String subdomain, String apiToken) {
        String cleanSubdomain = subdomain == null ? null : subdomain.trim().replaceFirst("\\.superops\\.ai$", "");
        SuperOpsCheck.validate(connections.settings(), cleanSubdomain, apiToken);
        return connections.connected(ExternalSystem.SUPEROPS, StoredCredentials.apiKey(apiToken.trim(), cleanSubdomain),
                new Tenant(cleanSubdomain, cleanSubdomain + ".superops.ai"));
    }

    /** Synergy Wholesale reseller id + API key, validated with a balance query. */
    public ConnectionSummary connectSynergy(String resellerId, String apiKey) {
        SynergyCheck.validate(connections.settings(), resellerId, apiKey);
        return connections.connected(ExternalSystem.SYNERGY, StoredCredentials.apiKey(apiKey.trim(), resellerId.trim()),
                new Tenant(resellerId.trim(), "Reseller " + resellerId.trim()));
    }

    /**
     * "Test connection": obtains a valid token (refreshing if due) and makes one authenticated call. Records the
     * outcome on the connection (connected, error or needs re-auth) and returns a sentence for the user.
     */
    public String test(ExternalSystem system) {
        try {
            String outcome = probe(system);
            connections.healthy(system);
            return outcome;
        } catch (OAuthFailure e) {
            if (e.problem() != Problem.NEEDS_REAUTH) {
                connections.failed(system, e.getMessage());
            }
            throw e;
        }
    }

    private String probe(ExternalSystem system) {
        var settings = connections.settings();
        StoredCredentials stored = connections.vault().get(system).orElse(null);
        var token = tokens.current(system);
        switch (system) {
            case XERO -> {
                List<Tenant> tenants;
                try {
                    tenants = XeroConnections.list(settings.get("xero.connectionsUrl"), token.value());
                } catch (OAuthFailure e) {
                    if (e.problem() != Problem.WRONG_CLIENT) {
                        throw e;
                    }
                    tenants = XeroConnections.list(settings.get("xero.connectionsUrl"), tokens.refreshAfterRejection(system, token).value());
                }
                boolean stillShared = tenants.stream().anyMatch(t -> t.id().equals(token.tenantId()));
                if (!stillShared) {
                    String why = "The Xero organisation of this connection is no longer shared with BillingOne. Connect again.";
                    connections.needsReauth(system, why);
                    throw new OAuthFailure(Problem.NEEDS_REAUTH, why);
                }
                return "Xero answered; the organisation is still shared with BillingOne.";
            }
            case QBO -> {
                Tenant company = QboCompany.read(settings.get("qbo.apiBaseUrl"), settings.get("qbo.minorVersion", "75"),
                        token.tenantId(), token.value());
                return "QuickBooks answered for " + company.name() + ".";
            }
            case PAX8 -> {
                Pax8Tokens.fetch(settings, stored.clientId(), stored.clientSecret(), connections.clock());
                return "Pax8 accepted the client id and secret.";
            }
            case SUPEROPS -> {
                SuperOpsCheck.validate(settings, stored.account(), stored.apiKey());
                return "SuperOps accepted the API token for " + stored.account() + ".";
            }
            case SYNERGY -> {
                SynergyCheck.validate(settings, stored.account(), stored.apiKey());
                return "Synergy Wholesale accepted reseller " + stored.account() + ".";
            }
            default -> throw new IllegalArgumentException(system.name());
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Enter the " + what + ".");
        }
    }
}
