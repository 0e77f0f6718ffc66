-- Missed billing needs what to bill when applied (unit price, description) and which bulk apply an item
-- belongs to, so that a whole bulk apply can be undone in one step while its drafts are unpushed.
ALTER TABLE missed_billing_item ADD COLUMN unit_price NUMERIC(19,4);
ALTER TABLE missed_billing_item ADD COLUMN description VARCHAR(1000);
ALTER TABLE missed_billing_item ADD COLUMN apply_batch VARCHAR(40);
CREATE INDEX ix_missed_billing_batch ON missed_billing_item(apply_batch);
