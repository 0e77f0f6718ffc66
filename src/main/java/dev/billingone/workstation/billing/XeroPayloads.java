package dev.billingone.workstation.billing;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.billingone.workstation.core.Money;
import java.util.Currency;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Our documents as Xero Accounting API 2.0 objects (see specs/xero_accounting.yaml: Invoice, CreditNote,
 * LineItem). Line amounts are sent so Xero validates them against its own arithmetic; unit prices carry up to 4
 * decimals, which is why every request is made with {@code unitdp=4}. Approved documents go as AUTHORISED.
 */
final class XeroPayloads {
    /** Plain decimals ("120", never "1.2E+2"): Xero and QBO parse numbers, not scientific notation. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final int ITEM_CODE_MAX = 30;

    private XeroPayloads() {
    }

    static ObjectNode invoice(RemoteDocument doc) {
        return document(doc, "ACCREC", "InvoiceNumber");
    }

    static ObjectNode creditNote(RemoteDocument doc) {
        return document(doc, "ACCRECCREDIT", "CreditNoteNumber");
    }

    private static ObjectNode document(RemoteDocument doc, String type, String numberField) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Type", type);
        node.putObject("Contact").put("ContactID", doc.contactId());
        node.put("Date", doc.date().toString());
        if (doc.dueDate() != null) {
            node.put("DueDate", doc.dueDate().toString());
        }
        node.put("LineAmountTypes", doc.lineAmountTypes().name());
        if (doc.number() != null) {
            node.put(numberField, doc.number());
        }
        if (doc.reference() != null) {
            node.put("Reference", doc.reference());
        }
        node.put("CurrencyCode", doc.currency());
        node.put("Status", "AUTHORISED");
        Currency currency = Money.currency(doc.currency());
        ArrayNode items = node.putArray("LineItems");
        for (RemoteDocument.Line line : doc.lines()) {
            ObjectNode item = items.addObject();
            item.put("Description", line.description());
            item.put("Quantity", line.quantity().stripTrailingZeros());
            item.put("UnitAmount", line.unitPrice().stripTrailingZeros());
            if (line.discountPct() != null && line.discountPct().signum() != 0) {
                item.put("DiscountRate", line.discountPct().stripTrailingZeros());
            }
            if (line.itemCode() != null && line.itemCode().length() <= ITEM_CODE_MAX) {
                item.put("ItemCode", line.itemCode());
            }
            if (line.accountCode() != null) {
                item.put("AccountCode", line.accountCode());
            }
            if (line.taxType() != null) {
                item.put("TaxType", line.taxType());
            }
            item.put("LineAmount", Money.round(line.lineAmount(), currency));
            item.put("TaxAmount", Money.round(line.taxAmount(), currency));
        }
        return node;
    }
}
