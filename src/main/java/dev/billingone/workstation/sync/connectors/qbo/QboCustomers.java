package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.InvoiceSnapshots;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.RemoteAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** QBO customers → external accounts (system QBO). Deleted customers arrive from CDC with status "Deleted". */
final class QboCustomers extends QboQueryResource {
    QboCustomers(RemoteApi api, HttpUrl companyUrl, String realm, String minorVersion, Clock clock) {
        super(api, companyUrl, realm, minorVersion, clock);
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    String entity() {
        return "Customer";
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteAccount> accounts = InvoiceSnapshots.parseEach(page.records(),
                c -> "customer " + c.path("DisplayName").asText(c.path("Id").asText("?")), QboCustomers::parse, outcome);
        RemoteAccount.upsert(session, ExternalSystem.QBO, accounts, outcome);
        return outcome;
    }

    static RemoteAccount parse(JsonNode customer) {
        String status = "Deleted".equals(customer.path("status").asText()) ? "DELETED"
                : customer.path("Active").asBoolean(true) ? "ACTIVE" : "INACTIVE";
        String name = customer.hasNonNull("DisplayName") ? customer.get("DisplayName").asText() : Json.required(customer, "CompanyName");
        String website = customer.path("WebAddr").path("URI").asText(null);
        return new RemoteAccount(Json.required(customer, "Id"), name,
                customer.path("PrimaryEmailAddr").path("Address").asText(null),
                website == null ? null : website.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", ""),
                customer.path("ResaleNum").asText(null), address(customer.path("BillAddr")),
                customer.path("PrimaryPhone").path("FreeFormNumber").asText(null), status,
                QboDates.instant(customer.path("MetaData").path("LastUpdatedTime").asText(null)));
    }

    private static String address(JsonNode address) {
        List<String> parts = new ArrayList<>();
        for (String field : new String[] {"Line1", "Line2", "City", "CountrySubDivisionCode", "PostalCode", "Country"}) {
            String value = address.path(field).asText("");
            if (!value.isBlank()) {
                parts.add(value.trim());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
