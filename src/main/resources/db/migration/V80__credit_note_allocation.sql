-- Credit applied to invoices: a credit note may be spread over several invoices of its client, and an invoice
-- may receive credit from several notes. The note's allocated_amount is the sum of its rows here.
CREATE TABLE credit_note_allocation (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    credit_note_id BIGINT NOT NULL REFERENCES credit_note(id) ON DELETE CASCADE,
    invoice_id BIGINT NOT NULL REFERENCES generated_invoice(id),
    amount NUMERIC(19,4) NOT NULL,
    allocated_on DATE NOT NULL,
    allocated_by VARCHAR(100) NOT NULL
);
CREATE INDEX ix_credit_note_allocation_note ON credit_note_allocation(credit_note_id);
CREATE INDEX ix_credit_note_allocation_invoice ON credit_note_allocation(invoice_id);
CREATE INDEX ix_credit_note_invoice ON credit_note(invoice_id);
CREATE INDEX ix_purchase_order_line_order ON purchase_order_line(purchase_order_id);
