package dev.billingone.workstation.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;

/** The Xero organisations a token may act for: {@code GET xero.connectionsUrl} (Xero's "Connections"). */
final class XeroConnections {
    private XeroConnections() {
    }

    static List<Tenant> list(String connectionsUrl, String accessToken) {
        Request request = new Request.Builder().url(connectionsUrl)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .build();
        JsonNode body = AuthHttp.json(ExternalSystem.XERO, request, "the new access token");
        List<Tenant> tenants = new ArrayList<>();
        for (JsonNode connection : body) {
            String type = connection.path("tenantType").asText("ORGANISATION");
            if ("ORGANISATION".equalsIgnoreCase(type)) {
                tenants.add(new Tenant(connection.path("tenantId").asText(), connection.path("tenantName").asText()));
            }
        }
        return tenants;
    }
}
