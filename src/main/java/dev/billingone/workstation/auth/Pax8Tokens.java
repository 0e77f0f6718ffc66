package dev.billingone.workstation.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import java.time.Clock;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Pax8's client-credentials token ({@code POST pax8.tokenUrl}, JSON body, audience {@code pax8.audience}; a 24 h
 * token, no refresh token). Fetching one is also how a client id/secret is validated.
 */
final class Pax8Tokens {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private Pax8Tokens() {
    }

    static TokenSet fetch(Settings settings, String clientId, String clientSecret, Clock clock) {
        Map<String, String> body = Map.of(
                "client_id", clientId,
                "client_secret", clientSecret,
                "audience", settings.get("pax8.audience"),
                "grant_type", "client_credentials");
        Request request;
        try {
            request = new Request.Builder().url(settings.get("pax8.tokenUrl"))
                    .post(RequestBody.create(AuthHttp.JSON.writeValueAsBytes(body), JSON_TYPE))
                    .header("Accept", "application/json")
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        JsonNode token = AuthHttp.json(ExternalSystem.PAX8, request, "the client id or secret");
        String accessToken = token.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new OAuthFailure(OAuthFailure.Problem.PROTOCOL, "Pax8 answered without an access token. "
                    + "Check pax8.tokenUrl (" + settings.get("pax8.tokenUrl") + ").");
        }
        long expiresIn = token.path("expires_in").asLong(86_400);
        return new TokenSet(accessToken, null, clock.instant().plusSeconds(expiresIn), null);
    }
}
