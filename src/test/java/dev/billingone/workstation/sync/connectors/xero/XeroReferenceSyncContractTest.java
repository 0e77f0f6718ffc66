package dev.billingone.workstation.sync.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.catalog.TaxRate;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.invoices.CreditNoteSnapshot;
import dev.billingone.workstation.store.StoreBackedTest;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Xero TaxRates, Items and CreditNotes over real HTTP against {@link FakeXero}, into a real database, on every backend (H2 and PostgreSQL). */
abstract class XeroReferenceSyncContractTest extends StoreBackedTest {
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    FakeXero xero;

    @BeforeEach
    void setUp() throws Exception {
        xero = new FakeXero();
    }

    @AfterEach
    void tearDown() {
        xero.close();
    }

    private SyncResult sync(String resource) {
        Settings settings = Settings.defaultsOnly().with(Map.of("xero.apiBaseUrl", xero.apiBase().toString()));
        ConnectorContext context = new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)),
                new FakeTokens(FakeXero.TENANT), Clock.systemUTC(), Sleeper.REAL,
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
        return new SyncEngine(store, Clock.systemUTC()).run(new XeroConnector(context).resources().stream()
                .filter(r -> r.name().equals(resource)).findFirst().orElseThrow(), () -> false, line -> { });
    }

    private List<RecordedRequest> gets(String endpoint) {
        return xero.requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/" + endpoint)).toList();
    }

    private static ObjectNode taxRate(String type, String name, String rate) {
        return SyncHttp.JSON.createObjectNode().put("TaxType", type).put("Name", name).put("Status", "ACTIVE")
                .put("EffectiveRate", new BigDecimal(rate)).put("DisplayTaxRate", new BigDecimal(rate));
    }

    private static ObjectNode item(String id, String code, String price, Instant updated) {
        ObjectNode item = SyncHttp.JSON.createObjectNode().put("ItemID", id).put("Code", code).put("Name", "Item " + code)
                .put("IsSold", true).put("UpdatedDateUTC", FakeXero.msDate(updated));
        item.putObject("SalesDetails").put("UnitPrice", new BigDecimal(price)).put("AccountCode", "200").put("TaxType", "OUTPUT");
        return item;
    }

    private static ObjectNode creditNote(int n, String remaining, Instant updated) {
        ObjectNode note = SyncHttp.JSON.createObjectNode().put("CreditNoteID", "cn-" + n).put("CreditNoteNumber", "CN-" + n)
                .put("Type", "ACCRECCREDIT").put("Date", "/Date(1759276800000+0000)/").put("Status", "AUTHORISED")
                .put("CurrencyCode", "AUD").put("LineAmountTypes", "Inclusive").put("SubTotal", new BigDecimal("100.00"))
                .put("TotalTax", new BigDecimal("10.00")).put("Total", new BigDecimal("110.00"))
                .put("RemainingCredit", new BigDecimal(remaining)).put("UpdatedDateUTC", FakeXero.msDate(updated));
        note.putObject("Contact").put("ContactID", "contact-" + (n % 3));
        return note;
    }

    private <T> T one(Class<T> type, String where) {
        return store.read(s -> s.createSelectionQuery("from " + type.getSimpleName() + " where " + where, type).getSingleResult());
    }

    @Test
    void taxRatesAreReadWholeInOneCallKeyedByTaxType() {
        xero.put("TaxRates", "TaxType", taxRate("OUTPUT", "GST on Income", "10.0000"));
        xero.put("TaxRates", "TaxType", taxRate("EXEMPTOUTPUT", "GST Free Income", "0"));

        SyncResult first = sync("tax-rates");
        xero.put("TaxRates", "TaxType", taxRate("OUTPUT", "GST on Income", "12.5").put("Status", "ARCHIVED"));
        SyncResult second = sync("tax-rates");

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.calls()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(2);
        assertThat(gets("TaxRates")).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("page")).isNull();
            assertThat(r.getHeaders().get("If-Modified-Since")).isNull();
        });
        TaxRate output = one(TaxRate.class, "externalId = 'OUTPUT'");
        assertThat(output.getSystem()).isEqualTo(ExternalSystem.XERO);
        assertThat(output.getRatePercent()).isEqualByComparingTo("12.5");
        assertThat(output.getStatus()).isEqualTo("ARCHIVED");
        assertThat(output.getName()).isEqualTo("GST on Income");
    }

    @Test
    void itemsAreReadWholeThenOnlyWhatChangedSinceTheCursorAndTheMappingIsKept() {
        xero.put("Items", "ItemID", item("i-1", "M365-BP", "33.10", T0));
        xero.put("Items", "ItemID", item("i-2", "MS-01", "100", T0.plusSeconds(60)));
        SyncResult first = sync("items");
        store.write(s -> s.createMutationQuery("update VendorProduct set mappedBy = 'alice' "
                + "where externalId = 'i-1'").executeUpdate());
        xero.put("Items", "ItemID", item("i-1", "M365-BP", "35.00", T0.plusSeconds(3600)));
        xero.put("Items", "ItemID", item("i-3", "AZ-PLAN", "0", T0.plusSeconds(7200)));
        xero.requests.clear();

        SyncResult second = sync("items");

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.fetched()).isEqualTo(2);
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(gets("Items")).singleElement().satisfies(r -> {
            assertThat(r.getHeaders().get("If-Modified-Since")).isEqualTo("2026-10-01T08:01:00");
            assertThat(r.getUrl().queryParameter("page")).isNull();
        });
        VendorProduct m365 = one(VendorProduct.class, "externalId = 'i-1'");
        assertThat(m365.getSystem()).isEqualTo(ExternalSystem.XERO);
        assertThat(m365.getVendorSku()).isEqualTo("M365-BP");
        assertThat(m365.getUnitPrice()).isEqualByComparingTo("35.00");
        assertThat(m365.getTaxType()).isEqualTo("OUTPUT");
        assertThat(m365.getAccountCode()).isEqualTo("200");
        assertThat(m365.getMappedBy()).isEqualTo("alice");
    }

    @Test
    void creditNotesArePagedToTheEndThenReadIncrementally() {
        for (int n = 1; n <= 150; n++) {
            xero.put("CreditNotes", "CreditNoteID", creditNote(n, "110.00", T0));
        }
        ObjectNode broken = creditNote(151, "5", T0);
        broken.remove("Contact");
        xero.put("CreditNotes", "CreditNoteID", broken);

        SyncResult first = sync("credit-notes");
        xero.put("CreditNotes", "CreditNoteID", creditNote(7, "0.00", T0.plusSeconds(600)).put("Status", "PAID"));
        xero.requests.clear();
        SyncResult second = sync("credit-notes");

        assertThat(first.fetched()).isEqualTo(151);
        assertThat(first.created()).isEqualTo(150);
        assertThat(first.calls()).isEqualTo(2);
        assertThat(first.errors()).singleElement().satisfies(e -> {
            assertThat(e.record()).isEqualTo("credit note CN-151");
            assertThat(e.message()).isEqualTo("field ContactID is missing");
        });
        assertThat(second.fetched()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(gets("CreditNotes")).singleElement().satisfies(r -> {
            assertThat(r.getHeaders().get("If-Modified-Since")).isEqualTo("2026-10-01T08:00:00");
            assertThat(r.getUrl().queryParameter("where")).isEqualTo("Type==\"ACCRECCREDIT\"");
        });
        CreditNoteSnapshot paid = one(CreditNoteSnapshot.class, "externalId = 'cn-7'");
        assertThat(paid.getStatus()).isEqualTo("PAID");
        assertThat(paid.getRemainingCredit()).isEqualByComparingTo("0");
        assertThat(paid.getTotal()).isEqualByComparingTo("110.00");
        assertThat(paid.getLineAmountTypes()).isEqualTo(LineAmountTypes.Inclusive);
        assertThat(paid.getContactExternalId()).isEqualTo("contact-1");
        assertThat(paid.getIssueDate()).hasToString("2025-10-01");
    }
}
