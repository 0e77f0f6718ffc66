package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A seat or device sold or used but not billed for a client, product and period, and what was decided about it. */
@Entity
@Table(name = "missed_billing_item")
public class MissedBillingItem extends BaseEntity {
    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(name = "period", nullable = false)
    private String period;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "expected_quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal expectedQuantity;

    @Column(name = "billed_quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal billedQuantity;

    @Column(name = "expected_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal expectedAmount;

    @Column(name = "billed_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal billedAmount;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MissedBillingStatus status;

    @Column(name = "snooze_until")
    private LocalDate snoozeUntil;

    @Column(name = "reason")
    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "applied_line_id")
    private Long appliedLineId;

    /** Monthly price per unit the applied line bills at (contract or sold price). */
    @Column(name = "unit_price", precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "description")
    private String description;

    /** The bulk apply this item was applied in; undo reverses the whole batch. */
    @Column(name = "apply_batch")
    private String applyBatch;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public BigDecimal getExpectedQuantity() {
        return expectedQuantity;
    }

    public void setExpectedQuantity(BigDecimal expectedQuantity) {
        this.expectedQuantity = expectedQuantity;
    }

    public BigDecimal getBilledQuantity() {
        return billedQuantity;
    }

    public void setBilledQuantity(BigDecimal billedQuantity) {
        this.billedQuantity = billedQuantity;
    }

    public BigDecimal getExpectedAmount() {
        return expectedAmount;
    }

    public void setExpectedAmount(BigDecimal expectedAmount) {
        this.expectedAmount = expectedAmount;
    }

    public BigDecimal getBilledAmount() {
        return billedAmount;
    }

    public void setBilledAmount(BigDecimal billedAmount) {
        this.billedAmount = billedAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public MissedBillingStatus getStatus() {
        return status;
    }

    public void setStatus(MissedBillingStatus status) {
        this.status = status;
    }

    public LocalDate getSnoozeUntil() {
        return snoozeUntil;
    }

    public void setSnoozeUntil(LocalDate snoozeUntil) {
        this.snoozeUntil = snoozeUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public Long getAppliedLineId() {
        return appliedLineId;
    }

    public void setAppliedLineId(Long appliedLineId) {
        this.appliedLineId = appliedLineId;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getApplyBatch() {
        return applyBatch;
    }

    public void setApplyBatch(String applyBatch) {
        this.applyBatch = applyBatch;
    }

    /** What is still unbilled: expected minus billed amount. */
    public BigDecimal shortfallAmount() {
        return expectedAmount.subtract(billedAmount);
    }

    public BigDecimal shortfallQuantity() {
        return expectedQuantity.subtract(billedQuantity);
    }
}
