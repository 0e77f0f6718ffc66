package dev.billingone.workstation.billing;

import java.util.List;

/** A credit note with its lines and allocations, for the edit screen. */
public record CreditNoteDetail(CreditNote note, String clientName, List<CreditNoteLine> lines,
                               List<CreditNoteAllocation> allocations) {
    public CreditNoteInput toInput() {
        return new CreditNoteInput(note.getClientId(), note.getInvoiceId(), note.getCreditNoteNumber(), note.getReason(),
                note.getReasonText(), note.getIssueDate(), lines.stream()
                .map(l -> new CreditNoteInput.Line(l.getProductId(), l.getDescription(), l.getQuantity(), l.getUnitPrice(),
                        l.getTaxType()))
                .toList());
    }
}
