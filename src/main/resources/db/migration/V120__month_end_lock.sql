-- One month-end per organisation and period at a time: a run holds a row lock on its period's row (in a
-- transaction of its own) for as long as it runs; the database lets go when the run ends or its connection dies.
CREATE TABLE month_end_lock (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization(id),
    period VARCHAR(7) NOT NULL,
    CONSTRAINT uq_month_end_lock UNIQUE (organization_id, period)
);
