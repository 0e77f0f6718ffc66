package dev.billingone.workstation.mapping;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a mapping action, kept so that the action can be undone: what the record pointed to before and after. */
@Entity
@Table(name = "mapping_change")
public class MappingChange extends BaseEntity {
    /** What the step did; undo reverses it. */
    public enum Action { LINK, UNLINK, REJECT, CREATE_TARGET }

    @Column(name = "batch_id", nullable = false)
    private String batchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MatchKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private Action action;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "previous_target_id")
    private Long previousTargetId;

    @Column(name = "new_target_id")
    private Long newTargetId;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected MappingChange() {
    }

    MappingChange(String batchId, MatchKind kind, Action action, long recordId, Long previousTargetId,
                  Long newTargetId, String actor) {
        this.batchId = batchId;
        this.kind = kind;
        this.action = action;
        this.recordId = recordId;
        this.previousTargetId = previousTargetId;
        this.newTargetId = newTargetId;
        this.actor = actor;
    }

    public String getBatchId() {
        return batchId;
    }

    public MatchKind getKind() {
        return kind;
    }

    public Action getAction() {
        return action;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getPreviousTargetId() {
        return previousTargetId;
    }

    public Long getNewTargetId() {
        return newTargetId;
    }

    public String getActor() {
        return actor;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    void markUndone(Instant when) {
        this.undoneAt = when;
    }
}
