package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import dev.billingone.workstation.sync.connectors.RemoteAccount;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** Xero Contacts → external accounts (system XERO). */
final class XeroContacts extends XeroPagedResource {
    XeroContacts(RemoteApi api, HttpUrl baseUrl, String tenant) {
        super(api, baseUrl, tenant);
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    String endpoint() {
        return "Contacts";
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteAccount> accounts = Snapshots.parseEach(page.records(),
                c -> "contact " + c.path("Name").asText(c.path("ContactID").asText("?")), XeroContacts::parse, outcome);
        RemoteAccount.upsert(session, ExternalSystem.XERO, accounts, outcome);
        return outcome;
    }

    static RemoteAccount parse(JsonNode contact) {
        return new RemoteAccount(Json.required(contact, "ContactID"), Json.required(contact, "Name"),
                Json.text(contact, "EmailAddress"), RemoteAccount.domainOf(Json.text(contact, "Website")), Json.text(contact, "TaxNumber"),
                address(contact.path("Addresses")), phone(contact.path("Phones")), Json.text(contact, "ContactStatus"),
                XeroDates.instant(Json.text(contact, "UpdatedDateUTC")));
    }

    /** The postal (else first) address as one line. */
    private static String address(JsonNode addresses) {
        JsonNode chosen = null;
        for (JsonNode address : addresses) {
            if (chosen == null || "POBOX".equals(address.path("AddressType").asText())) {
                chosen = address;
            }
        }
        return chosen == null ? null : RemoteAccount.addressLine(chosen, "AddressLine1", "AddressLine2", "City", "Region",
                "PostalCode", "Country");
    }

    private static String phone(JsonNode phones) {
        for (JsonNode phone : phones) {
            String number = phone.path("PhoneNumber").asText("");
            if (!number.isBlank()) {
                return (phone.path("PhoneAreaCode").asText("") + " " + number).trim();
            }
        }
        return null;
    }
}
