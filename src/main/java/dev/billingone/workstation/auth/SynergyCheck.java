package dev.billingone.workstation.auth;

import dev.billingone.workstation.auth.OAuthFailure.Problem;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Proves a Synergy Wholesale reseller id and API key with the SOAP {@code balanceQuery} call
 * ({@code synergy.apiBaseUrl}): status {@code OK} means the pair works; otherwise Synergy's errorMessage is shown.
 */
final class SynergyCheck {
    private static final Pattern STATUS = Pattern.compile("<status[^>]*>([^<]*)</status>");
    private static final Pattern ERROR = Pattern.compile("<errorMessage[^>]*>([^<]*)</errorMessage>");

    private SynergyCheck() {
    }

    static void validate(Settings settings, String resellerId, String apiKey) {
        if (resellerId == null || !resellerId.trim().matches("\\d{1,12}")) {
            throw new InvalidInputException("The Synergy Wholesale reseller id '" + resellerId + "' is not valid: it is "
                    + "the number shown top right in Synergy's reseller portal.");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidInputException("Enter the Synergy Wholesale API key (Settings → API Information in "
                    + "Synergy; add this computer's IP address to the allowed list there).");
        }
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:ns1=\"" + settings.get("synergy.apiBaseUrl") + "\"><SOAP-ENV:Body><ns1:balanceQuery><request>"
                + "<resellerID>" + xml(resellerId.trim()) + "</resellerID><apiKey>" + xml(apiKey.trim()) + "</apiKey>"
                + "</request></ns1:balanceQuery></SOAP-ENV:Body></SOAP-ENV:Envelope>";
        Request request = new Request.Builder().url(settings.get("synergy.apiBaseUrl"))
                .header("SOAPAction", "balanceQuery")
                .post(RequestBody.create(envelope, MediaType.get("text/xml; charset=utf-8")))
                .build();
        AuthHttp.Reply reply = AuthHttp.send(ExternalSystem.SYNERGY, request);
        String body = reply.body();
        int code = reply.code();
        Matcher status = STATUS.matcher(body);
        if (status.find() && "OK".equalsIgnoreCase(status.group(1).trim())) {
            return;
        }
        if (code >= 500 && !ERROR.matcher(body).find()) {
            throw new OAuthFailure(Problem.PROVIDER_DOWN, "Synergy Wholesale is not working right now (HTTP " + code
                    + "). Try again in a few minutes.");
        }
        Matcher error = ERROR.matcher(body);
        String why = error.find() ? error.group(1).trim() : "HTTP " + code + " without a status";
        throw new OAuthFailure(Problem.WRONG_CLIENT, "Synergy Wholesale refused reseller " + resellerId.trim() + ": "
                + why + ". Check the reseller id, the API key, and that this computer's IP address is allowed.");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
