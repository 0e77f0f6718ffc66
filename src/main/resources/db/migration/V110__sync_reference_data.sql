-- Reference data read by sync besides contacts, subscriptions and invoices.

-- Items of Xero and QBO join the Pax8 products in vendor_product (system XERO / QBO): the mapping workbench maps
-- them to our SKUs like any other remote product (a QBO invoice line needs the QBO item id). What the
-- accounting system sells them at, and with which tax and account, is kept for comparison with our catalog.
ALTER TABLE vendor_product ADD COLUMN unit_price NUMERIC(19,4);
ALTER TABLE vendor_product ADD COLUMN tax_type VARCHAR(50);
ALTER TABLE vendor_product ADD COLUMN account_code VARCHAR(50);
ALTER TABLE vendor_product ADD COLUMN status VARCHAR(30);
ALTER TABLE vendor_product ADD COLUMN remote_updated_at TIMESTAMP WITH TIME ZONE;

-- The organisation's own tax rates (Xero TaxRates by TaxType, QBO TaxCodes by id): rate is null where the
-- system does not state one on the code (QBO keeps rates on separate TaxRate records).
CREATE TABLE tax_rate (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    rate_percent NUMERIC(9,4),
    status VARCHAR(30),
    CONSTRAINT uq_tax_rate UNIQUE (system, external_id)
);

-- Credit notes as Xero holds them (read; ours live in credit_note). Kept apart from invoice_snapshot so that
-- every reader of "what was billed" cannot mistake a credit for a charge.
CREATE TABLE credit_note_snapshot (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    credit_note_number VARCHAR(100),
    contact_external_id VARCHAR(100) NOT NULL,
    issue_date DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    line_amount_types VARCHAR(20) NOT NULL DEFAULT 'Exclusive',
    subtotal NUMERIC(19,4) NOT NULL,
    total_tax NUMERIC(19,4) NOT NULL,
    total NUMERIC(19,4) NOT NULL,
    remaining_credit NUMERIC(19,4) NOT NULL,
    reference VARCHAR(500),
    remote_updated_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_credit_note_snapshot UNIQUE (system, external_id)
);
CREATE INDEX ix_credit_note_snapshot_contact ON credit_note_snapshot(system, contact_external_id);

-- What the distributor (Pax8) invoiced us, with its items per company and subscription: the cost side of a month.
CREATE TABLE vendor_invoice (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    invoice_date DATE NOT NULL,
    due_date DATE,
    status VARCHAR(30),
    currency VARCHAR(3) NOT NULL,
    total NUMERIC(19,4) NOT NULL,
    balance NUMERIC(19,4) NOT NULL,
    CONSTRAINT uq_vendor_invoice UNIQUE (system, external_id)
);
CREATE INDEX ix_vendor_invoice_date ON vendor_invoice(invoice_date);

CREATE TABLE vendor_invoice_item (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    vendor_invoice_id BIGINT NOT NULL REFERENCES vendor_invoice(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    external_id VARCHAR(100),
    item_type VARCHAR(30),
    company_external_id VARCHAR(100),
    subscription_external_id VARCHAR(100),
    vendor_product_external_id VARCHAR(100),
    sku VARCHAR(100),
    description VARCHAR(4000),
    start_period DATE,
    end_period DATE,
    quantity NUMERIC(19,4),
    term VARCHAR(30),
    price NUMERIC(19,4),
    cost NUMERIC(19,4),
    cost_total NUMERIC(19,4),
    total NUMERIC(19,4)
);
CREATE INDEX ix_vendor_invoice_item_invoice ON vendor_invoice_item(vendor_invoice_id);
CREATE INDEX ix_vendor_invoice_item_company ON vendor_invoice_item(company_external_id);
