package dev.billingone.workstation.mapping;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A rejected suggestion: this external record is not that client (or product), so it is never suggested again. */
@Entity
@Table(name = "mapping_rejection")
public class MappingRejection extends BaseEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MatchKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "rejected_by", nullable = false)
    private String rejectedBy;

    protected MappingRejection() {
    }

    MappingRejection(MatchKind kind, long recordId, long targetId, String rejectedBy) {
        this.kind = kind;
        this.recordId = recordId;
        this.targetId = targetId;
        this.rejectedBy = rejectedBy;
    }

    public MatchKind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }
}
