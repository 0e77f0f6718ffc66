-- Credit notes carry their own tax mode (copied from the invoice they credit, or the client's) so their totals
-- are computed exactly like the invoice's; lines keep the discount and account of the invoice line they credit,
-- and which line that was, so a partial credit can never exceed what was invoiced.
ALTER TABLE credit_note ADD COLUMN line_amount_types VARCHAR(20) DEFAULT 'Exclusive' NOT NULL;
ALTER TABLE credit_note ADD COLUMN last_error VARCHAR(4000);
ALTER TABLE credit_note_line ADD COLUMN discount_pct NUMERIC(9,4) DEFAULT 0 NOT NULL;
ALTER TABLE credit_note_line ADD COLUMN account_code VARCHAR(50);
ALTER TABLE credit_note_line ADD COLUMN sku VARCHAR(100);
ALTER TABLE credit_note_line ADD COLUMN invoice_line_id BIGINT REFERENCES generated_invoice_line(id);
