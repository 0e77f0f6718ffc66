-- The idempotency key of the request an outbox entry was (or will be re-)sent in. Entries sent together keep
-- the same key, so a re-send after a crash between send and commit repeats exactly the same request and the
-- remote system (Xero Idempotency-Key, QBO requestid) answers it without creating anything twice.
ALTER TABLE outbox_entry ADD COLUMN batch_key VARCHAR(128);
CREATE INDEX ix_outbox_batch ON outbox_entry(batch_key);
