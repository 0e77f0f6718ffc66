package dev.billingone.workstation.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Everything secret about one connection, as kept in the token vault (never in the database). Which fields are
 * set depends on the {@link AuthMethod}: tokens for OAuth, client id/secret for client credentials, key and
 * account (SuperOps subdomain, Synergy reseller id) for API keys. {@link #toString()} never shows a secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredCredentials(
        AuthMethod method,
        String accessToken,
        String refreshToken,
        Instant accessExpiresAt,
        Instant refreshExpiresAt,
        String clientId,
        String clientSecret,
        String apiKey,
        String account,
        String tenantId) {

    public static StoredCredentials oauth(TokenSet tokens, String clientId, String clientSecret, String tenantId) {
        return new StoredCredentials(AuthMethod.OAUTH_CODE, tokens.accessToken(), tokens.refreshToken(),
                tokens.accessExpiresAt(), tokens.refreshExpiresAt(), clientId, clientSecret, null, null, tenantId);
    }

    public static StoredCredentials clientCredentials(String clientId, String clientSecret, TokenSet tokens, String tenantId) {
        return new StoredCredentials(AuthMethod.CLIENT_CREDENTIALS, tokens.accessToken(), null,
                tokens.accessExpiresAt(), null, clientId, clientSecret, null, null, tenantId);
    }

    public static StoredCredentials apiKey(String apiKey, String account) {
        return new StoredCredentials(AuthMethod.API_KEY, null, null, null, null, null, null, apiKey, account, account);
    }

    /** The same connection with a newer token set (a refresh may or may not rotate the refresh token). */
    public StoredCredentials withTokens(TokenSet tokens) {
        String refresh = tokens.refreshToken() != null ? tokens.refreshToken() : refreshToken;
        Instant refreshExpiry = tokens.refreshExpiresAt() != null ? tokens.refreshExpiresAt() : refreshExpiresAt;
        return new StoredCredentials(method, tokens.accessToken(), refresh, tokens.accessExpiresAt(), refreshExpiry,
                clientId, clientSecret, apiKey, account, tenantId);
    }

    /** The same connection with its tokens dropped (after invalid_grant): client id/secret stay for reconnecting. */
    public StoredCredentials withoutTokens() {
        return new StoredCredentials(method, null, null, null, null, clientId, clientSecret, apiKey, account, tenantId);
    }

    @Override
    public String toString() {
        return "StoredCredentials[method=" + method + ", tenant=" + tenantId + ", account=" + account
                + ", accessExpiresAt=" + accessExpiresAt + ", secrets=***]";
    }
}
