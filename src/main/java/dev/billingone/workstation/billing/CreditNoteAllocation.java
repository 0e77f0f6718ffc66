package dev.billingone.workstation.billing;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Part (or all) of a credit note applied to one invoice of the same client. */
@Entity
@Table(name = "credit_note_allocation")
public class CreditNoteAllocation extends BaseEntity {
    @Column(name = "credit_note_id", nullable = false)
    private Long creditNoteId;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "allocated_on", nullable = false)
    private LocalDate allocatedOn;

    @Column(name = "allocated_by", nullable = false)
    private String allocatedBy;

    public Long getCreditNoteId() {
        return creditNoteId;
    }

    public void setCreditNoteId(Long creditNoteId) {
        this.creditNoteId = creditNoteId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(Long invoiceId) {
        this.invoiceId = invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }

    public void setAllocatedOn(LocalDate allocatedOn) {
        this.allocatedOn = allocatedOn;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public void setAllocatedBy(String allocatedBy) {
        this.allocatedBy = allocatedBy;
    }
}
