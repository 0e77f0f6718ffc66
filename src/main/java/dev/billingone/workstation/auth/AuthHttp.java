package dev.billingone.workstation.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.core.ExternalSystem;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP calls of the integrations feature that are not OAuth token calls (tenant lists, credential checks):
 * one client, and one way to turn a response into JSON or a plain-words failure.
 */
final class AuthHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .followRedirects(false)
            .build();

    private AuthHttp() {
    }

    /** Sends the request; 2xx → parsed JSON body (empty object when blank); 401/403 → WRONG_CLIENT; else failure. */
    static JsonNode json(ExternalSystem system, Request request, String credentialsInWords) {
        Reply reply = send(system, request);
        if (reply.code() == 401 || reply.code() == 403) {
            throw new OAuthFailure(Problem.WRONG_CLIENT, system.displayName() + " rejected " + credentialsInWords
                    + " (HTTP " + reply.code() + "). Check them and try again.");
        }
        if (reply.code() < 200 || reply.code() > 299) {
            Problem problem = reply.code() >= 500 || reply.code() == 429 ? Problem.PROVIDER_DOWN : Problem.PROTOCOL;
            throw new OAuthFailure(problem, system.displayName() + " answered HTTP " + reply.code() + " at "
                    + withoutQuery(request)
                    + (problem == Problem.PROVIDER_DOWN ? ". It may be down: try again in a few minutes." : "."));
        }
        try {
            return reply.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new OAuthFailure(Problem.PROTOCOL, system.displayName() + " answered something that is not JSON at "
                    + withoutQuery(request) + ". Check the configured address.", e);
        }
    }

    /** Sends the request and returns status and body whatever the status; only an unreachable server throws. */
    static Reply send(ExternalSystem system, Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new Reply(response.code(), body == null ? "" : body.string());
        } catch (IOException e) {
            throw new OAuthFailure(Problem.PROVIDER_DOWN, system.displayName() + " did not answer at "
                    + withoutQuery(request) + " (" + e.getMessage()
                    + "). Check the internet connection and the configured address.", e);
        }
    }

    private static String withoutQuery(Request request) {
        return request.url().newBuilder().query(null).build().toString();
    }

    record Reply(int code, String body) {
    }
}
