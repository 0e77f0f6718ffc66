package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.ClientCredentialsTokenProvider;
import dev.billingone.workstation.sync.SyncHttp;
import java.io.IOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Pax8's token request: {@code POST pax8.tokenUrl} with a JSON body (client id, secret, audience,
 * {@code grant_type=client_credentials}); 24-hour token, no refresh token. Nothing of this exchange is logged.
 */
public final class Pax8TokenGrant implements ClientCredentialsTokenProvider.Grant {
    private final OkHttpClient http;
    private final Settings settings;
    private final Clock clock;

    public Pax8TokenGrant(OkHttpClient http, Settings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AccessToken request(ClientCredentialsTokenProvider.ClientCredentials credentials) {
        ObjectNode body = SyncHttp.JSON.createObjectNode()
                .put("client_id", credentials.clientId())
                .put("client_secret", credentials.clientSecret())
                .put("audience", settings.get("pax8.audience"))
                .put("grant_type", "client_credentials");
        Request request = new Request.Builder().url(settings.get("pax8.tokenUrl"))
                .post(RequestBody.create(body.toString(), MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new RemoteSystemException("Pax8 refused the client id and secret (HTTP " + response.code()
                        + "). Check them in the Pax8 partner portal and connect again.");
            }
            JsonNode token = SyncHttp.JSON.readTree(text);
            return new AccessToken(token.path("access_token").asText(), null,
                    clock.instant().plusSeconds(token.path("expires_in").asLong(86_400)));
        } catch (IOException e) {
            throw new RemoteSystemException("Pax8's token endpoint could not be reached (" + e.getClass().getSimpleName()
                    + "). Check the network and pax8.tokenUrl.", e);
        }
    }
}
