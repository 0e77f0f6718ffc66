package dev.billingone.workstation.auth;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;

/**
 * One OAuth app's endpoints and identity, read from the {@code xero.*} or {@code qbo.*} configuration keys so
 * that tests and sandboxes point them anywhere. The client secret (QBO apps, Xero custom connections) is never a
 * property: it comes from the vault or from the user.
 */
public record OAuthClientConfig(
        ExternalSystem system,
        String authUrl,
        String tokenUrl,
        String revokeUrl,
        String clientId,
        String clientSecret,
        String redirectUri,
        String scopes) {

    public static OAuthClientConfig of(Settings settings, ExternalSystem system, String clientId, String clientSecret) {
        String prefix = prefix(system);
        String id = clientId != null && !clientId.isBlank() ? clientId.trim() : settings.get(prefix + ".clientId", "").trim();
        if (id.isEmpty()) {
            throw new InvalidInputException("No client id for " + system.displayName() + ": set " + prefix
                    + ".clientId in billingone.properties (the client id of your " + system.displayName()
                    + " app), or pass --client-id.");
        }
        return new OAuthClientConfig(system,
                settings.get(prefix + ".authUrl"),
                settings.get(prefix + ".tokenUrl"),
                settings.get(prefix + ".revokeUrl"),
                id,
                clientSecret == null || clientSecret.isBlank() ? null : clientSecret,
                settings.get(prefix + ".redirectUri"),
                settings.get(prefix + ".scopes", ""));
    }

    static String prefix(ExternalSystem system) {
        return switch (system) {
            case XERO -> "xero";
            case QBO -> "qbo";
            default -> throw new IllegalArgumentException(system.displayName() + " does not sign in with OAuth");
        };
    }

    public OAuthClientConfig withRedirectUri(String uri) {
        return new OAuthClientConfig(system, authUrl, tokenUrl, revokeUrl, clientId, clientSecret, uri, scopes);
    }

    @Override
    public String toString() {
        return "OAuthClientConfig[" + system + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", secret=" + (clientSecret == null ? "none" : "***") + "]";
    }
}
