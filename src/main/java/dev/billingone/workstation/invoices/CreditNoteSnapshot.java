package dev.billingone.workstation.invoices;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A credit note as Xero holds it (read by sync; ours are billing.CreditNote). */
@Entity
@Table(name = "credit_note_snapshot")
public class CreditNoteSnapshot extends BaseEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "system", nullable = false)
    private ExternalSystem system;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "credit_note_number")
    private String creditNoteNumber;

    @Column(name = "contact_external_id", nullable = false)
    private String contactExternalId;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_amount_types", nullable = false)
    private LineAmountTypes lineAmountTypes = LineAmountTypes.Exclusive;

    @Column(name = "subtotal", nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal;

    @Column(name = "total_tax", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalTax;

    @Column(name = "total", nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "remaining_credit", nullable = false, precision = 19, scale = 4)
    private BigDecimal remainingCredit;

    @Column(name = "reference")
    private String reference;

    @Column(name = "remote_updated_at")
    private Instant remoteUpdatedAt;

    public ExternalSystem getSystem() {
        return system;
    }

    public void setSystem(ExternalSystem system) {
        this.system = system;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getCreditNoteNumber() {
        return creditNoteNumber;
    }

    public void setCreditNoteNumber(String creditNoteNumber) {
        this.creditNoteNumber = creditNoteNumber;
    }

    public String getContactExternalId() {
        return contactExternalId;
    }

    public void setContactExternalId(String contactExternalId) {
        this.contactExternalId = contactExternalId;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LineAmountTypes getLineAmountTypes() {
        return lineAmountTypes;
    }

    public void setLineAmountTypes(LineAmountTypes lineAmountTypes) {
        this.lineAmountTypes = lineAmountTypes;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(BigDecimal subtotal) {
        this.subtotal = subtotal;
    }

    public BigDecimal getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(BigDecimal totalTax) {
        this.totalTax = totalTax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
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

    public Instant getRemoteUpdatedAt() {
        return remoteUpdatedAt;
    }

    public void setRemoteUpdatedAt(Instant remoteUpdatedAt) {
        this.remoteUpdatedAt = remoteUpdatedAt;
    }
}
