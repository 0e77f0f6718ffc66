package dev.billingone.workstation.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A credit note as Xero holds it (read by sync; ours are billing.CreditNote). */
@Entity
@Table(name = "credit_note_snapshot")
public class CreditNoteSnapshot extends RemoteDocumentSnapshot {
    @Column(name = "credit_note_number")
    private String creditNoteNumber;

    @Column(name = "remaining_credit", nullable = false, precision = 19, scale = 4)
    private BigDecimal remainingCredit;

    @Column(name = "reference")
    private String reference;

    public String getCreditNoteNumber() {
        return creditNoteNumber;
    }

    public void setCreditNoteNumber(String creditNoteNumber) {
        this.creditNoteNumber = creditNoteNumber;
    }

    public BigDecimal getRemainingCredit() {
        return remainingCredit;
    }

    public void setRemainingCredit(BigDecimal remainingCredit) {
        this.remainingCredit = remainingCredit;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
