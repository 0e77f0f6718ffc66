package dev.billingone.workstation.catalog;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A tax rate as the accounting system defines it (Xero TaxRate by TaxType, QBO TaxCode by id), refreshed by sync. */
@Entity
@Table(name = "tax_rate")
public class TaxRate extends BaseEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "system", nullable = false)
    private ExternalSystem system;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "rate_percent", precision = 9, scale = 4)
    private BigDecimal ratePercent;

    @Column(name = "status")
    private String status;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public void setRatePercent(BigDecimal ratePercent) {
        this.ratePercent = ratePercent;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
