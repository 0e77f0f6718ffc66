package dev.billingone.workstation.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Proves a SuperOps API token and subdomain with the smallest GraphQL query ({@code superops.apiBaseUrl},
 * headers {@code Authorization: Bearer} and {@code CustomerSubDomain}).
 */
final class SuperOpsCheck {
    private static final Pattern SUBDOMAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}");
    private static final String QUERY = "{\"query\":\"query { getClientList(input: {page: 1, pageSize: 1}) "
            + "{ listInfo { totalCount } } }\"}";

    private SuperOpsCheck() {
    }

    static void validate(Settings settings, String subdomain, String apiToken) {
        if (subdomain == null || !SUBDOMAIN.matcher(subdomain).matches()) {
            throw new InvalidInputException("The SuperOps subdomain '" + subdomain + "' is not valid: enter the part "
                    + "before .superops.ai in your SuperOps address, e.g. 'acme' for acme.superops.ai.");
        }
        if (apiToken == null || apiToken.isBlank()) {
            throw new InvalidInputException("Enter the SuperOps API token (Settings → API Token in SuperOps).");
        }
        Request request = new Request.Builder().url(settings.get("superops.apiBaseUrl"))
                .header("Authorization", "Bearer " + apiToken.trim())
                .header("CustomerSubDomain", subdomain)
                .header("Accept", "application/json")
                .post(RequestBody.create(QUERY, MediaType.get("application/json")))
                .build();
        JsonNode answer = AuthHttp.json(ExternalSystem.SUPEROPS, request, "the API token for subdomain '" + subdomain + "'");
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            String message = errors.get(0).path("message").asText("unknown error");
            boolean auth = message.toLowerCase().contains("auth") || message.toLowerCase().contains("token")
                    || message.toLowerCase().contains("subdomain");
            throw new OAuthFailure(auth ? Problem.WRONG_CLIENT : Problem.PROTOCOL,
                    "SuperOps refused the check: " + message + ". Check the API token and the subdomain.");
        }
    }
}
