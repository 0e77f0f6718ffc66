-- Month-end runs are resumable: one row per (organisation, period, step) says how far the last run got, so a
-- rerun after a crash or a failure continues at the first step that is not done.
CREATE TABLE month_end_step (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization(id),
    period VARCHAR(7) NOT NULL,
    step VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    summary VARCHAR(4000),
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_month_end_step UNIQUE (organization_id, period, step)
);
