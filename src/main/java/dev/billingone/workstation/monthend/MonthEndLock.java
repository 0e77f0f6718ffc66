package dev.billingone.workstation.monthend;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The row a running month-end holds locked, one per organisation and period (see {@link PeriodLock}). */
@Entity
@Table(name = "month_end_lock")
public class MonthEndLock extends BaseEntity {
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "period", nullable = false)
    private String period;

    protected MonthEndLock() {
    }

    MonthEndLock(long organizationId, String period) {
        this.organizationId = organizationId;
        this.period = period;
    }
}
