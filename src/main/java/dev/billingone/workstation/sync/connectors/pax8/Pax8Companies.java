package dev.billingone.workstation.sync.connectors.pax8;

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

/** Pax8 companies (the MSP's customers) → external accounts (system PAX8). */
final class Pax8Companies extends Pax8PagedResource {
    Pax8Companies(RemoteApi api, HttpUrl baseUrl) {
        super(api, baseUrl);
    }

    @Override
    public String name() {
        return "companies";
    }

    @Override
    String path() {
        return "companies";
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteAccount> accounts = Snapshots.parseEach(page.records(),
                c -> "company " + c.path("name").asText(c.path("id").asText("?")), Pax8Companies::parse, outcome);
        RemoteAccount.upsert(session, ExternalSystem.PAX8, accounts, outcome);
        return outcome;
    }

    static RemoteAccount parse(JsonNode company) {
        return new RemoteAccount(Json.required(company, "id"), Json.required(company, "name"), null,
                RemoteAccount.domainOf(Json.text(company, "website")), null, RemoteAccount.addressLine(company.path("address"),
                        "street", "street2", "city", "stateOrProvince", "postalCode", "country"), Json.text(company, "phone"), Json.text(company, "status"),
                Pax8Dates.instant(Json.text(company, "updatedDate")));
    }
}
