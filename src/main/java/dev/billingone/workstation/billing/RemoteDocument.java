package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.LineAmountTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note as the remote payload mappers see it, whatever it came from: the contact's id in the
 * target system, our number (null when the remote numbers it) and the lines with their computed amounts.
 */
record RemoteDocument(String contactId, String number, String reference, LocalDate date, LocalDate dueDate,
                      String currency, LineAmountTypes lineAmountTypes, List<Line> lines) {

    record Line(String itemCode, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                String taxType, String accountCode, BigDecimal lineAmount, BigDecimal taxAmount, LocalDate serviceDate) {
    }

    static RemoteDocument of(GeneratedInvoice invoice, List<GeneratedInvoiceLine> lines, String contactId,
                             List<String> itemCodes, String reference) {
        List<Line> mapped = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            GeneratedInvoiceLine l = lines.get(i);
            mapped.add(new Line(itemCodes.get(i), l.getDescription(), l.getQuantity(), l.getUnitPrice(), l.getDiscountPct(),
                    l.getTaxType(), l.getAccountCode(), l.getLineAmount(), l.getTaxAmount(), l.getServiceStart()));
        }
        return new RemoteDocument(contactId, invoice.getInvoiceNumber(), reference, invoice.getIssueDate(), invoice.getDueDate(),
                invoice.getCurrency(), invoice.getLineAmountTypes(), mapped);
    }

    static RemoteDocument of(CreditNote note, List<CreditNoteLine> lines, String contactId, List<String> itemCodes,
                             String reference) {
        List<Line> mapped = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CreditNoteLine l = lines.get(i);
            mapped.add(new Line(itemCodes.get(i), l.getDescription(), l.getQuantity(), l.getUnitPrice(), l.getDiscountPct(),
                    l.getTaxType(), l.getAccountCode(), l.getLineAmount(), l.getTaxAmount(), null));
        }
        return new RemoteDocument(contactId, note.getCreditNoteNumber(), reference, note.getIssueDate(), null,
                note.getCurrency(), note.getLineAmountTypes(), mapped);
    }
}
