package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.RemoteTaxRate;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.math.BigDecimal;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/**
 * Xero TaxRates → tax rates keyed by TaxType (what invoice lines carry). Xero offers neither paging nor
 * If-Modified-Since here: the short list is read whole every time.
 */
final class XeroTaxRates extends XeroPagedResource {
    XeroTaxRates(RemoteApi api, HttpUrl baseUrl, String tenant) {
        super(api, baseUrl, tenant);
    }

    @Override
    public String name() {
        return "tax-rates";
    }

    @Override
    String endpoint() {
        return "TaxRates";
    }

    @Override
    boolean paged() {
        return false;
    }

    @Override
    String order() {
        return null;
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteTaxRate> rates = Snapshots.parseEach(page.records(),
                r -> "tax rate " + r.path("TaxType").asText(r.path("Name").asText("?")), XeroTaxRates::parse, outcome);
        RemoteTaxRate.upsert(session, ExternalSystem.XERO, rates, outcome);
        return outcome;
    }

    static RemoteTaxRate parse(JsonNode rate) {
        BigDecimal percent = Json.decimal(rate, "EffectiveRate");
        return new RemoteTaxRate(Json.required(rate, "TaxType"), Json.required(rate, "Name"),
                percent != null ? percent : Json.decimal(rate, "DisplayTaxRate"), Json.text(rate, "Status"));
    }
}
