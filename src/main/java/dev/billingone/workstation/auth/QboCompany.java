package dev.billingone.workstation.auth;

import dev.billingone.workstation.core.ExternalSystem;
import okhttp3.Request;

/** The QBO company's name for the Integrations card: {@code GET {qbo.apiBaseUrl}/{realm}/companyinfo/{realm}}. */
final class QboCompany {
    private QboCompany() {
    }

    static Tenant read(String apiBaseUrl, String minorVersion, String realmId, String accessToken) {
        Request request = new Request.Builder()
                .url(apiBaseUrl + "/" + realmId + "/companyinfo/" + realmId + "?minorversion=" + minorVersion)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .build();
        String name = AuthHttp.json(ExternalSystem.QBO, request, "the new access token")
                .path("CompanyInfo").path("CompanyName").asText("");
        return new Tenant(realmId, name.isBlank() ? "Company " + realmId : name);
    }
}
