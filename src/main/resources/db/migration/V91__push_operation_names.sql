-- One name per outbox operation: billing queued "invoice" and "credit-note" while the Xero/QBO push handlers
-- deliver "invoice.upsert" and "credit-note.upsert"; rows queued under the old names keep going out.
UPDATE outbox_entry SET operation = 'invoice.upsert' WHERE operation = 'invoice';
UPDATE outbox_entry SET operation = 'credit-note.upsert' WHERE operation = 'credit-note';
