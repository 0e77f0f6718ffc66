package dev.billingone.workstation.sync.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.invoices.CreditNoteSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OpenApiSpec;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncTestStore;
import dev.billingone.workstation.sync.connectors.RemoteAccount;
import dev.billingone.workstation.sync.connectors.RemoteProduct;
import dev.billingone.workstation.sync.connectors.RemoteTaxRate;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What we read from Xero exists in the official spec (specs/xero_accounting.yaml): each parser is fed a record
 * built from the spec's schema with every property filled, and must find every field it maps — a misspelt field
 * name reads as null (or, for money, zero instead of {@link OpenApiSpec#NUMBER}) and fails here.
 */
class XeroSpecTest {
    static final OpenApiSpec SPEC = OpenApiSpec.load("xero_accounting.yaml");
    static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:9/api.xro/2.0");
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

    private static PageOutcome store(XeroPagedResource resource, JsonNode record) {
        PageOutcome outcome = store.inTransaction(session -> resource.store(session,
                new SyncPage<>(List.of(record), SyncCursorValue.START, true)));
        assertThat(outcome.errors()).isEmpty();
        return outcome;
    }

    @Test
    void invoicesAreReadFromTheSpecsFieldNames() {
        store(new XeroInvoices(null, BASE, "t"), SPEC.example("Invoice", 2));

        InvoiceSnapshot invoice = store.read(s -> s.createSelectionQuery("from InvoiceSnapshot", InvoiceSnapshot.class).getSingleResult());
        assertThat(invoice).extracting(InvoiceSnapshot::getExternalId, InvoiceSnapshot::getInvoiceNumber,
                InvoiceSnapshot::getContactExternalId, InvoiceSnapshot::getIssueDate, InvoiceSnapshot::getDueDate,
                InvoiceSnapshot::getStatus, InvoiceSnapshot::getCurrency, InvoiceSnapshot::getRemoteUpdatedAt).doesNotContainNull();
        assertThat(List.of(invoice.getSubtotal(), invoice.getTotalTax(), invoice.getTotal(), invoice.getAmountDue(),
                invoice.getAmountPaid())).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
        InvoiceSnapshotLine line = store.read(s -> s.createSelectionQuery("from InvoiceSnapshotLine", InvoiceSnapshotLine.class)
                .getSingleResult());
        assertThat(line).extracting(InvoiceSnapshotLine::getItemCode, InvoiceSnapshotLine::getDescription,
                InvoiceSnapshotLine::getTaxType, InvoiceSnapshotLine::getAccountCode).doesNotContainNull();
        assertThat(List.of(line.getQuantity(), line.getUnitAmount(), line.getDiscountRate(), line.getLineAmount(),
                line.getTaxAmount())).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
    }

    @Test
    void creditNotesAreReadFromTheSpecsFieldNames() {
        store(new XeroCreditNotes(null, BASE, "t"), SPEC.example("CreditNote", 2));

        CreditNoteSnapshot note = store.read(s -> s.createSelectionQuery("from CreditNoteSnapshot", CreditNoteSnapshot.class)
                .getSingleResult());
        assertThat(note).extracting(CreditNoteSnapshot::getExternalId, CreditNoteSnapshot::getCreditNoteNumber,
                CreditNoteSnapshot::getContactExternalId, CreditNoteSnapshot::getIssueDate, CreditNoteSnapshot::getStatus,
                CreditNoteSnapshot::getCurrency, CreditNoteSnapshot::getReference, CreditNoteSnapshot::getRemoteUpdatedAt)
                .doesNotContainNull();
        assertThat(List.of(note.getSubtotal(), note.getTotalTax(), note.getTotal(), note.getRemainingCredit()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(OpenApiSpec.NUMBER));
    }

    @Test
    void contactsItemsAndTaxRatesAreReadFromTheSpecsFieldNames() {
        RemoteAccount contact = XeroContacts.parse(SPEC.example("Contact", 2));
        RemoteProduct item = XeroItems.parse(SPEC.example("Item", 2));
        RemoteTaxRate rate = XeroTaxRates.parse(SPEC.example("TaxRate", 2));

        assertThat(contact).hasNoNullFieldsOrProperties();
        assertThat(item).hasNoNullFieldsOrPropertiesExcept("vendorName", "partNumber");
        assertThat(item.unitPrice()).isEqualByComparingTo(OpenApiSpec.NUMBER);
        assertThat(rate).hasNoNullFieldsOrProperties();
        assertThat(rate.ratePercent()).isEqualByComparingTo(OpenApiSpec.NUMBER);
    }

    @Test
    void everyStatusAndLineAmountTypeTheSpecAllowsIsStored() {
        for (String status : SPEC.enumValues("Invoice", "Status")) {
            for (String types : SPEC.enumValues("Invoice", "LineAmountTypes")) {
                ObjectNode invoice = (ObjectNode) SPEC.example("Invoice", 2);
                invoice.put("InvoiceID", status + "-" + types).put("Status", status).put("LineAmountTypes", types);
                assertThatCode(() -> store(new XeroInvoices(null, BASE, "t"), invoice)).doesNotThrowAnyException();
            }
        }
        assertThat(SPEC.enumValues("Invoice", "LineAmountTypes"))
                .containsExactlyInAnyOrder(List.of(LineAmountTypes.values()).stream().map(Enum::name).toArray(String[]::new));
        assertThat(SPEC.enumValues("CreditNote", "Status")).allSatisfy(status -> assertThat(status.length()).isLessThanOrEqualTo(20));
    }
}
