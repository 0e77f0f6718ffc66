package dev.billingone.workstation.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note as typed (create or full edit): against one of the client's invoices ({@code invoiceId}) or
 * standalone (null). Lines are priced with the same arithmetic as invoices.
 */
public record CreditNoteInput(Long clientId, Long invoiceId, String creditNoteNumber, CreditNoteReason reason,
                              String reasonText, LocalDate issueDate, List<Line> lines) {
    public CreditNoteInput {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(Long productId, String description, BigDecimal quantity, BigDecimal unitPrice, String taxType) {
    }
}
