package dev.billingone.workstation.billing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Money;
import java.util.Currency;

/**
 * Our documents as QuickBooks Online objects (Invoice, CreditMemo with SalesItemLineDetail lines). QBO has no
 * per-line discount rate: a discounted line is sent with its amount only (QBO requires Amount = Qty × UnitPrice
 * when both are given), the discount being spelled out in the description.
 */
final class QboPayloads {
    private QboPayloads() {
    }

    static ObjectNode invoice(RemoteDocument doc) {
        return document(doc);
    }

    static ObjectNode creditMemo(RemoteDocument doc) {
        return document(doc);
    }

    static String globalTaxCalculation(LineAmountTypes types) {
        return switch (types) {
            case Exclusive -> "TaxExcluded";
            case Inclusive -> "TaxInclusive";
            case NoTax -> "NotApplicable";
        };
    }

    private static ObjectNode document(RemoteDocument doc) {
        ObjectNode node = XeroPayloads.JSON.createObjectNode();
        node.putObject("CustomerRef").put("value", doc.contactId());
        node.put("TxnDate", doc.date().toString());
        if (doc.dueDate() != null) {
            node.put("DueDate", doc.dueDate().toString());
        }
        if (doc.number() != null) {
            node.put("DocNumber", doc.number());
        }
        if (doc.reference() != null) {
            node.put("PrivateNote", doc.reference());
        }
        node.putObject("CurrencyRef").put("value", doc.currency());
        node.put("GlobalTaxCalculation", globalTaxCalculation(doc.lineAmountTypes()));
        Currency currency = Money.currency(doc.currency());
        ArrayNode lines = node.putArray("Line");
        for (RemoteDocument.Line line : doc.lines()) {
            ObjectNode item = lines.addObject();
            item.put("DetailType", "SalesItemLineDetail");
            item.put("Amount", Money.round(line.lineAmount(), currency));
            boolean discounted = line.discountPct() != null && line.discountPct().signum() != 0;
            item.put("Description", discounted
                    ? line.description() + " (less " + line.discountPct().stripTrailingZeros().toPlainString() + "%)"
                    : line.description());
            ObjectNode detail = item.putObject("SalesItemLineDetail");
            if (line.itemCode() != null) {
                detail.putObject("ItemRef").put("value", line.itemCode());
            }
            if (!discounted) {
                detail.put("Qty", line.quantity());
                detail.put("UnitPrice", line.unitPrice());
            }
            if (line.taxType() != null) {
                detail.putObject("TaxCodeRef").put("value", line.taxType());
            }
            if (line.serviceDate() != null) {
                detail.put("ServiceDate", line.serviceDate().toString());
            }
        }
        return node;
    }
}
