-- Mapping workbench. Every link, unlink, rejection and "create from record" is one row here, grouped by batch,
-- so the last action (a single accept or a bulk accept of hundreds) can be undone in one transaction.
CREATE TABLE mapping_change (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id VARCHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    action VARCHAR(20) NOT NULL,
    record_id BIGINT NOT NULL,
    previous_target_id BIGINT,
    new_target_id BIGINT,
    actor VARCHAR(100) NOT NULL,
    undone_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_mapping_change_batch ON mapping_change(batch_id);

-- A suggestion the user rejected: the pair (external record, our client or product) is not suggested again.
CREATE TABLE mapping_rejection (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind VARCHAR(20) NOT NULL,
    record_id BIGINT NOT NULL,
    target_id BIGINT NOT NULL,
    rejected_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_mapping_rejection UNIQUE (kind, record_id, target_id)
);
