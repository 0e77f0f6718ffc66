package dev.billingone.workstation.auth;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import java.util.List;
import java.util.Optional;

/**
 * One Connect for Xero or QBO, shared by the embedded browser, the system-browser fallback and the CLI:
 * {@link #authorizationUrl()} to show, {@link #finish(String)} with the redirect location (exchange + the
 * organisations the token may act for), then {@link #save} with the organisation the user picked. Nothing is
 * stored before {@code save}, so cancelling at any point leaves the previous connection untouched.
 */
public final class OAuthSession {
    private final ConnectionService connections;
    private final OAuthClient client;
    private final AuthorizationRequest request;

    OAuthSession(ConnectionService connections, OAuthClient client) {
        this.connections = connections;
        this.client = client;
        this.request = client.begin();
    }

    public ExternalSystem system() {
        return request.system();
    }

    public String authorizationUrl() {
        return request.authorizationUrl();
    }

    public AuthorizationRequest request() {
        return request;
    }

    /** True when the browser reached our redirect URI: stop loading and call {@link #finish}. */
    public boolean isRedirect(String location) {
        return request.isRedirect(location);
    }

    /**
     * Checks the redirect (state, error), exchanges the code and reads the organisations. Empty when
     * {@code location} is not our redirect (the browser is still on the provider's pages).
     */
    public Optional<Authorized> finish(String location) {
        Optional<AuthorizationCode> code = request.accept(location);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        TokenSet tokens = client.exchange(request, code.get());
        return Optional.of(new Authorized(tokens, tenants(tokens, code.get())));
    }

    private List<Tenant> tenants(TokenSet tokens, AuthorizationCode code) {
        var settings = connections.settings();
        if (system() == ExternalSystem.XERO) {
            List<Tenant> tenants = XeroConnections.list(settings.get("xero.connectionsUrl"), tokens.accessToken());
            if (tenants.isEmpty()) {
                throw new OAuthFailure(Problem.PROTOCOL, "Xero signed you in, but no organisation was shared with "
                        + "BillingOne. Connect again and tick the organisation on Xero's consent page.");
            }
            return tenants;
        }
        if (code.realmId() == null || code.realmId().isBlank()) {
            throw new OAuthFailure(Problem.PROTOCOL, "QuickBooks returned without a company (realmId). Connect again "
                    + "and choose the company on Intuit's page.");
        }
        try {
            return List.of(QboCompany.read(settings.get("qbo.apiBaseUrl"), settings.get("qbo.minorVersion", "75"),
                    code.realmId(), tokens.accessToken()));
        } catch (OAuthFailure e) {
            // The name is for display only; the realm id is what matters.
            return List.of(new Tenant(code.realmId(), "Company " + code.realmId()));
        }
    }

    /** Stores the tokens for the chosen organisation and marks the connection CONNECTED. */
    public ConnectionSummary save(Authorized authorized, Tenant tenant) {
        if (!authorized.tenants().contains(tenant)) {
            throw new IllegalArgumentException("Tenant " + tenant.id() + " was not offered by " + system().displayName());
        }
        OAuthClientConfig config = client.config();
        return connections.connected(system(),
                StoredCredentials.oauth(authorized.tokens(), config.clientId(), config.clientSecret(), tenant.id()), tenant);
    }

    /** Tokens obtained, organisation not yet chosen. */
    public record Authorized(TokenSet tokens, List<Tenant> tenants) {
        public boolean needsChoice() {
            return tenants.size() > 1;
        }
    }
}
