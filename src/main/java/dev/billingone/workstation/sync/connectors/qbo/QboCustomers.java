package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import dev.billingone.workstation.sync.connectors.RemoteAccount;
import java.time.Clock;
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
        List<RemoteAccount> accounts = Snapshots.parseEach(page.records(),
                c -> "customer " + c.path("DisplayName").asText(c.path("Id").asText("?")), QboCustomers::parse, outcome);
        RemoteAccount.upsert(session, ExternalSystem.QBO, accounts, outcome);
        return outcome;
    }

    static RemoteAccount parse(JsonNode customer) {
        String name = customer.hasNonNull("DisplayName") ? customer.get("DisplayName").asText() : Json.required(customer, "CompanyName");
        return new RemoteAccount(Json.required(customer, "Id"), name,
                customer.path("PrimaryEmailAddr").path("Address").asText(null),
                RemoteAccount.domainOf(customer.path("WebAddr").path("URI").asText(null)), customer.path("ResaleNum").asText(null),
                RemoteAccount.addressLine(customer.path("BillAddr"), "Line1", "Line2", "City", "CountrySubDivisionCode",
                        "PostalCode", "Country"),
                customer.path("PrimaryPhone").path("FreeFormNumber").asText(null), QboTaxCodes.status(customer),
                QboDates.instant(customer.path("MetaData").path("LastUpdatedTime").asText(null)));
    }
}
