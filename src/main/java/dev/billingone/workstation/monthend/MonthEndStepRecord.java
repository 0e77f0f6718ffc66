package dev.billingone.workstation.monthend;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far one step of one organisation's month-end for one period got (unique per organisation, period, step). */
@Entity
@Table(name = "month_end_step")
public class MonthEndStepRecord extends BaseEntity {
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "period", nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private MonthEndStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private StepState state;

    @Column(name = "summary", length = 4000)
    private String summary;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected MonthEndStepRecord() {
    }

    MonthEndStepRecord(long organizationId, String period, MonthEndStep step) {
        this.organizationId = organizationId;
        this.period = period;
        this.step = step;
    }

    public MonthEndStep getStep() {
        return step;
    }

    public StepState getState() {
        return state;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    void started(Instant at) {
        state = StepState.RUNNING;
        summary = null;
        startedAt = at;
        finishedAt = null;
    }

    void finished(StepState outcome, String text, Instant at) {
        state = outcome;
        summary = text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
        finishedAt = at;
    }
}
