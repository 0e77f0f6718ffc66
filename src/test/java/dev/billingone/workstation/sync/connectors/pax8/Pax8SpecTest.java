package dev.billingone.workstation.sync.connectors.pax8;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.VendorInvoice;
import dev.billingone.workstation.subscriptions.VendorInvoiceItem;
import dev.billingone.workstation.sync.OpenApiSpec;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import dev.billingone.workstation.sync.SyncTestStore;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What we read from Pax8 exists in its published spec (specs/pax8-partner-endpoints-openapi.json): parsers fed
 * records built from the spec's schemas find every field they map, and every documented enum value is accepted.
 */
class Pax8SpecTest {
    static final OpenApiSpec SPEC = OpenApiSpec.load("pax8-partner-endpoints-openapi.json");
    static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:9/v1");
    static Store store;

    @BeforeAll
    static void openStore() throws Exception {
        store = SyncTestStore.open();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void clean() {
        SyncTestStore.clean(store);
    }

    private static PageOutcome store(SyncResource<JsonNode> resource, List<JsonNode> records) {
        return store.inTransaction(session -> resource.store(session, new SyncPage<>(records, SyncCursorValue.START, true)));
    }

    @Test
    void companiesAndProductsAreReadFromTheSpecsFieldNames() {
        assertThat(Pax8Companies.parse(SPEC.example("Company", 2))).hasNoNullFieldsOrPropertiesExcept("email", "taxNumber");
        assertThat(Pax8Products.parse(SPEC.example("Product", 2))).hasNoNullFieldsOrPropertiesExcept("unitPrice", "taxType",
                "accountCode", "status", "remoteUpdatedAt");
    }

    @Test
    void everyDocumentedBillingTermAndStatusOfASubscriptionIsStored() {
        List<JsonNode> records = new ArrayList<>();
        for (String term : SPEC.enumValues("Subscription", "billingTerm")) {
            for (String status : SPEC.enumValues("Subscription", "status")) {
                records.add(((ObjectNode) SPEC.example("Subscription", 2)).put("id", term + "/" + status)
                        .put("billingTerm", term).put("status", status).put("currencyCode", "AUD"));
            }
        }
        records.add(SPEC.example("Subscription", 2)); // the spec leaves currencyCode free text: "Example currencyCode"

        PageOutcome outcome = store(new Pax8Subscriptions(null, BASE), records);

        assertThat(outcome.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("field currencyCode is not a currency code (like AUD): Example currencyCode"));
        assertThat(outcome.createdCount()).isEqualTo(records.size() - 1);
        Subscription one = store.read(s -> s.createSelectionQuery("from Subscription", Subscription.class).setMaxResults(1)
                .getSingleResult());
        assertThat(one).extracting(Subscription::getCompanyExternalId, Subscription::getVendorProductExternalId,
                Subscription::getCurrency, Subscription::getCommitmentTerm, Subscription::getStartDate, Subscription::getEndDate,
                Subscription::getRemoteUpdatedAt).doesNotContainNull();
        assertThat(List.of(one.getQuantity(), one.getPrice(), one.getPartnerCost()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
    }

    @Test
    void invoicesAndTheirItemsAreReadFromTheSpecsFieldNames() {
        ObjectNode invoice = ((ObjectNode) SPEC.example("Invoice", 2)).put("currencyCode", "AUD");
        invoice.putArray("items").add(SPEC.example("InvoiceItem", 2));

        PageOutcome outcome = store(new Pax8Invoices(null, BASE), List.of(invoice));

        assertThat(outcome.errors()).isEmpty();
        VendorInvoice stored = store.read(s -> s.createSelectionQuery("from VendorInvoice", VendorInvoice.class).getSingleResult());
        assertThat(stored).extracting(VendorInvoice::getInvoiceDate, VendorInvoice::getDueDate, VendorInvoice::getCurrency)
                .doesNotContainNull();
        assertThat(List.of(stored.getTotal(), stored.getBalance()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
        VendorInvoiceItem item = store.read(s -> s.createSelectionQuery("from VendorInvoiceItem", VendorInvoiceItem.class)
                .getSingleResult());
        assertThat(item).extracting(VendorInvoiceItem::getExternalId, VendorInvoiceItem::getItemType,
                VendorInvoiceItem::getCompanyExternalId, VendorInvoiceItem::getSubscriptionExternalId,
                VendorInvoiceItem::getVendorProductExternalId, VendorInvoiceItem::getSku, VendorInvoiceItem::getDescription,
                VendorInvoiceItem::getStartPeriod, VendorInvoiceItem::getEndPeriod, VendorInvoiceItem::getTerm).doesNotContainNull();
        assertThat(List.of(item.getQuantity(), item.getPrice(), item.getCost(), item.getCostTotal(), item.getTotal()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
    }
}
