package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.RemoteTaxRate;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/**
 * QBO tax codes (what a line's TaxCodeRef names) → tax rates of system QBO, keyed by id. The percentage lives on
 * QBO's separate TaxRate records, so it stays empty here. Change Data Capture does not cover tax codes: the short
 * list is queried whole every run.
 */
final class QboTaxCodes extends QboQueryResource {
    QboTaxCodes(RemoteApi api, HttpUrl companyUrl, String realm, String minorVersion, Clock clock) {
        super(api, companyUrl, realm, minorVersion, clock);
    }

    @Override
    public String name() {
        return "tax-codes";
    }

    @Override
    String entity() {
        return "TaxCode";
    }

    @Override
    boolean changeDataCapture() {
        return false;
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteTaxRate> codes = Snapshots.parseEach(page.records(),
                c -> "tax code " + c.path("Name").asText(c.path("Id").asText("?")),
                c -> new RemoteTaxRate(Json.required(c, "Id"), Json.required(c, "Name"), null, status(c)), outcome);
        RemoteTaxRate.upsert(session, ExternalSystem.QBO, codes, outcome);
        return outcome;
    }

    /** QBO's list-entity state: DELETED (from CDC), ACTIVE or INACTIVE. */
    static String status(JsonNode entity) {
        return "Deleted".equals(entity.path("status").asText()) ? "DELETED"
                : entity.path("Active").asBoolean(true) ? "ACTIVE" : "INACTIVE";
    }
}
