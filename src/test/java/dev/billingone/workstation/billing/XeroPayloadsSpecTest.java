package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.sync.OpenApiSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What we send to Xero conforms to the official spec (specs/xero_accounting.yaml): every property of an invoice
 * batch and a credit note batch exists in the schema, with the right JSON type, and every enum value (Type,
 * Status, LineAmountTypes, CurrencyCode) is one the spec lists.
 */
class XeroPayloadsSpecTest {
    static final OpenApiSpec SPEC = OpenApiSpec.load("xero_accounting.yaml");

    private static RemoteDocument document(LineAmountTypes types) {
        RemoteDocument.Line full = new RemoteDocument.Line("M365-BP", "Microsoft 365 Business Premium", new BigDecimal("12"),
                new BigDecimal("33.1000"), new BigDecimal("10"), "OUTPUT", "200", new BigDecimal("357.48"),
                new BigDecimal("35.75"), LocalDate.of(2026, 11, 1));
        RemoteDocument.Line bare = new RemoteDocument.Line(null, "Onboarding", BigDecimal.ONE, new BigDecimal("150"), null, null,
                null, new BigDecimal("150"), BigDecimal.ZERO, null);
        return new RemoteDocument("0b6c1a3e-6a0c-4d8e-9a53-2f1f3c7c2a11", "INV-0042", "2026-11 services",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), "AUD", types, List.of(full, bare));
    }

    @Test
    void anInvoiceBatchConformsToTheSpecForEveryLineAmountType() {
        for (LineAmountTypes types : LineAmountTypes.values()) {
            ObjectNode batch = XeroPayloads.JSON.createObjectNode();
            batch.putArray("Invoices").add(XeroPayloads.invoice(document(types))).add(XeroPayloads.invoice(document(types)));

            assertThat(SPEC.violations("Invoices", batch)).as("invoice batch with %s", types).isEmpty();
        }
    }

    @Test
    void aCreditNoteBatchConformsToTheSpec() {
        ObjectNode batch = XeroPayloads.JSON.createObjectNode();
        batch.putArray("CreditNotes").add(XeroPayloads.creditNote(document(LineAmountTypes.Inclusive)));

        assertThat(SPEC.violations("CreditNotes", batch)).isEmpty();
    }

    @Test
    void theCheckCatchesAMisspeltFieldAnUnknownEnumAndAWrongType() {
        ObjectNode invoice = XeroPayloads.invoice(document(LineAmountTypes.Exclusive));
        invoice.put("Satus", "AUTHORISED").put("LineAmountTypes", "Excluded");
        ((ObjectNode) invoice.withArray("LineItems").get(0)).put("Quantity", "twelve");

        assertThat(SPEC.violations("Invoice", invoice)).containsExactlyInAnyOrder(
                "Invoice.Satus: not a property of the schema",
                "Invoice.LineAmountTypes: \"Excluded\" is not one of [\"Exclusive\",\"Inclusive\",\"NoTax\"]",
                "Invoice.LineItems[0].Quantity: expected a number, got STRING \"twelve\"");
    }
}
