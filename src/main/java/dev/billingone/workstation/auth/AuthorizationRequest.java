package dev.billingone.workstation.auth;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One sign-in attempt: the authorize URL to show, and what is needed to accept its redirect — the expected
 * {@code state} and the PKCE verifier. The embedded browser, the loopback listener and tests all hand the
 * redirect location to {@link #accept}, which is the one place the redirect is checked.
 */
public final class AuthorizationRequest {
    private final ExternalSystem system;
    private final String authorizationUrl;
    private final String state;
    private final String codeVerifier;
    private final URI redirectUri;

    AuthorizationRequest(ExternalSystem system, String authorizationUrl, String state, String codeVerifier, String redirectUri) {
        this.system = system;
        this.authorizationUrl = authorizationUrl;
        this.state = state;
        this.codeVerifier = codeVerifier;
        this.redirectUri = URI.create(redirectUri);
    }

    public ExternalSystem system() {
        return system;
    }

    public String authorizationUrl() {
        return authorizationUrl;
    }

    public URI redirectUri() {
        return redirectUri;
    }

    String codeVerifier() {
        return codeVerifier;
    }

    /** True when {@code location} is our redirect URI (any query): the browser must not go further. */
    public boolean isRedirect(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(location);
            return redirectUri.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
                    && redirectUri.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                    && port(redirectUri) == port(uri)
                    && normalisedPath(redirectUri).equals(normalisedPath(uri));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The authorization code from a redirect location, or empty when the location is not our redirect URI.
     * Throws {@link OAuthFailure} when the provider reports an error (e.g. the user denied access) or the
     * {@code state} does not match (a possible forgery: refused).
     */
    public Optional<AuthorizationCode> accept(String location) {
        if (!isRedirect(location)) {
            return Optional.empty();
        }
        Map<String, String> query = query(URI.create(location).getRawQuery());
        String error = query.get("error");
        if (error != null) {
            throw providerError(error, query.get("error_description"));
        }
        String returnedState = query.get("state");
        if (returnedState == null || !MessageDigest.isEqual(returnedState.getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            throw new OAuthFailure(Problem.STATE_MISMATCH, "The answer from " + system.displayName()
                    + " does not belong to this sign-in (state mismatch), so it was refused: it may be a forgery. "
                    + "Nothing was changed. Start Connect again.");
        }
        String code = query.get("code");
        if (code == null || code.isBlank()) {
            throw new OAuthFailure(Problem.PROTOCOL, system.displayName()
                    + " returned to BillingOne without an authorization code. Start Connect again.");
        }
        return Optional.of(new AuthorizationCode(code, query.get("realmId")));
    }

    private OAuthFailure providerError(String error, String description) {
        if ("access_denied".equals(error)) {
            return new OAuthFailure(Problem.DENIED, "Access to " + system.displayName()
                    + " was not granted (the sign-in was declined). Nothing was changed; connect again when ready.");
        }
        if ("unauthorized_client".equals(error) || "invalid_client".equals(error)) {
            return new OAuthFailure(Problem.WRONG_CLIENT, system.displayName() + " does not recognise this app ("
                    + error + "). Check " + OAuthClientConfig.prefix(system) + ".clientId and "
                    + OAuthClientConfig.prefix(system) + ".redirectUri against the app's settings at the provider.");
        }
        return new OAuthFailure(Problem.PROTOCOL, system.displayName() + " refused the sign-in: " + error
                + (description == null ? "" : " (" + description + ")") + ".");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String normalisedPath(URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[" + system + ", redirect=" + redirectUri + "]";
    }
}
