package dev.billingone.workstation.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.model.OAuthResponseException;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.AuthorizationUrlBuilder;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.OAuth2Error;
import com.github.scribejava.core.revoke.TokenTypeHint;
import dev.billingone.workstation.auth.OAuthFailure.Problem;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ExecutionException;

/**
 * Talks to one provider's authorize, token and revocation endpoints through scribejava: the authorization
 * code flow with PKCE (S256) and {@code state}, refresh, client credentials and revocation. Every failure
 * becomes an {@link OAuthFailure} that says in plain words what happened.
 */
public final class OAuthClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Beyond this a wrong computer clock is the likeliest cause of a refused token request. */
    static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

    private final OAuthClientConfig config;
    private final Clock clock;
    private final OAuth20Service service;

    public OAuthClient(OAuthClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        ServiceBuilder builder = new ServiceBuilder(config.clientId())
                .callback(config.redirectUri())
                .httpClientConfig(JDKHttpClientConfig.defaultConfig().withConnectTimeout(10_000).withReadTimeout(30_000));
        if (config.clientSecret() != null) {
            builder.apiSecret(config.clientSecret());
        }
        if (!config.scopes().isBlank()) {
            builder.defaultScope(config.scopes());
        }
        this.service = builder.build(new ConfigurableOAuthApi(config));
    }

    public OAuthClientConfig config() {
        return config;
    }

    /** A new sign-in: fresh random {@code state} and PKCE S256 verifier/challenge. */
    public AuthorizationRequest begin() {
        byte[] state = new byte[24];
        RANDOM.nextBytes(state);
        String stateValue = Base64.getUrlEncoder().withoutPadding().encodeToString(state);
        AuthorizationUrlBuilder url = service.createAuthorizationUrlBuilder().state(stateValue).initPKCE();
        return new AuthorizationRequest(config.system(), url.build(), stateValue, url.getPkce().getCodeVerifier(),
                config.redirectUri());
    }

    /** Exchanges the code from the redirect (with the PKCE verifier) for tokens. */
    public TokenSet exchange(AuthorizationRequest request, AuthorizationCode code) {
        return call("exchange the sign-in code", () -> service.getAccessToken(
                AccessTokenRequestParams.create(code.code()).pkceCodeVerifier(request.codeVerifier())));
    }

    /** A new token set from a refresh token; {@code invalid_grant} means the user must connect again. */
    public TokenSet refresh(String refreshToken) {
        return call("refresh the access token", () -> service.refreshAccessToken(refreshToken));
    }

    /** client_credentials (Xero custom connections): needs the client secret. */
    public TokenSet clientCredentials() {
        return call("obtain a token with the client id and secret", service::getAccessTokenClientCredentialsGrant);
    }

    /** Revokes the refresh token at the provider (which also ends its access tokens). */
    public void revoke(String refreshToken) {
        call("revoke the connection", () -> {
            service.revokeToken(refreshToken, TokenTypeHint.REFRESH_TOKEN);
            return null;
        });
    }

    private interface TokenCall {
        OAuth2AccessToken run() throws IOException, InterruptedException, ExecutionException;
    }

    private TokenSet call(String what, TokenCall call) {
        OAuth2AccessToken token;
        try {
            token = call.run();
        } catch (OAuth2AccessTokenErrorResponse e) {
            throw explain(what, e.getError(), e.getErrorDescription(), e.getResponse(), e);
        } catch (OAuthResponseException e) {
            throw explain(what, null, null, e.getResponse(), e);
        } catch (IOException | ExecutionException | OAuthException e) {
            throw new OAuthFailure(Problem.PROVIDER_DOWN, name() + " did not answer when BillingOne tried to " + what
                    + " (" + config.tokenUrl() + "). Check the internet connection, or try later if "
                    + name() + " is down.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthFailure(Problem.PROVIDER_DOWN, "Cancelled while waiting for " + name() + ".", e);
        }
        return token == null ? null : toTokenSet(token);
    }

    private TokenSet toTokenSet(OAuth2AccessToken token) {
        // Whole seconds: the provider counts in seconds, and the database keeps no finer than microseconds.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant accessExpiry = token.getExpiresIn() == null ? null : now.plusSeconds(token.getExpiresIn());
        Instant refreshExpiry = null;
        try {
            JsonNode raw = JSON.readTree(token.getRawResponse());
            if (raw.hasNonNull("x_refresh_token_expires_in")) {
                refreshExpiry = now.plusSeconds(raw.get("x_refresh_token_expires_in").asLong());
            }
        } catch (IOException | RuntimeException ignored) {
            // Only QBO sends a refresh-token lifetime; its absence is normal.
        }
        return new TokenSet(token.getAccessToken(), token.getRefreshToken(), accessExpiry, refreshExpiry);
    }

    private OAuthFailure explain(String what, OAuth2Error error, String description, Response response, Exception cause) {
        Duration skew = skew(response);
        if (skew != null && skew.abs().compareTo(CLOCK_SKEW_TOLERANCE) > 0) {
            return new OAuthFailure(Problem.CLOCK_SKEW, "This computer's clock is off by about "
                    + Math.round(skew.abs().getSeconds() / 60.0) + " minutes compared with " + name() + ", which refuses sign-ins from "
                    + "a wrong clock. Set the clock right (turn on automatic time) and connect again.", cause);
        }
        int status = response == null ? 0 : response.getCode();
        if (error == OAuth2Error.INVALID_GRANT) {
            return new OAuthFailure(Problem.NEEDS_REAUTH, name() + " no longer accepts this connection "
                    + "(invalid_grant: it was revoked, expired, or refreshed elsewhere). Connect again.", cause);
        }
        if (error == OAuth2Error.INVALID_CLIENT || error == OAuth2Error.UNAUTHORIZED_CLIENT || status == 401) {
            return new OAuthFailure(Problem.WRONG_CLIENT, name() + " does not recognise the client id "
                    + config.clientId() + (config.clientSecret() != null ? " or its secret" : "") + ". Check "
                    + OAuthClientConfig.prefix(config.system()) + ".clientId against the app at the provider.", cause);
        }
        if (status >= 500 || status == 429 || error == OAuth2Error.SERVER_ERROR || error == OAuth2Error.TEMPORARILY_UNAVAILABLE) {
            return new OAuthFailure(Problem.PROVIDER_DOWN, name() + " is not working right now (HTTP " + status
                    + " when BillingOne tried to " + what + "). Try again in a few minutes; the previous connection is unchanged.", cause);
        }
        return new OAuthFailure(Problem.PROTOCOL, name() + " refused to " + what + ": "
                + (error != null ? error.getErrorString() : "HTTP " + status)
                + (description != null ? " (" + description + ")" : "") + ".", cause);
    }

    /** Provider time minus our time, from the response's Date header; null when unknown. */
    private Duration skew(Response response) {
        String date = response == null ? null : response.getHeader("Date");
        if (date == null) {
            return null;
        }
        try {
            Instant theirs = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Duration.between(clock.instant(), theirs);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String name() {
        return config.system().displayName();
    }
}
