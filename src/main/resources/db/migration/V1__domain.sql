-- First cut of the whole domain (see docs/architecture.md, "Data"). Portable between H2 2.x and PostgreSQL:
-- no vendor types, identity via one shared sequence (allocation 50, so Hibernate can batch inserts).
-- Every editable table carries version (optimistic locking) and created/updated stamps.
-- One database holds one organisation.

CREATE SEQUENCE entity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE organization (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name VARCHAR(200) NOT NULL,
    slug VARCHAR(100) NOT NULL UNIQUE,
    base_currency VARCHAR(3) NOT NULL,
    country VARCHAR(2),
    tax_number VARCHAR(50),
    billing_system VARCHAR(20) NOT NULL DEFAULT 'XERO',
    default_tax_type VARCHAR(50),
    line_amount_types VARCHAR(20) NOT NULL DEFAULT 'Exclusive',
    invoice_numbering VARCHAR(20) NOT NULL DEFAULT 'REMOTE',
    invoice_number_prefix VARCHAR(20),
    next_invoice_number BIGINT NOT NULL DEFAULT 1,
    payment_terms_days INTEGER NOT NULL DEFAULT 14,
    branding_logo_path VARCHAR(1000),
    branding_color VARCHAR(7),
    report_page_size VARCHAR(10) NOT NULL DEFAULT 'A4',
    demo BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE app_user (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    username VARCHAR(100) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(200),
    role VARCHAR(20) NOT NULL,
    password_hash VARCHAR(200),
    mfa_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE client (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name VARCHAR(200) NOT NULL UNIQUE,
    legal_name VARCHAR(200),
    email VARCHAR(200),
    domain VARCHAR(200),
    tax_number VARCHAR(50),
    address VARCHAR(500),
    phone VARCHAR(50),
    currency VARCHAR(3) NOT NULL,
    tax_treatment VARCHAR(20) NOT NULL DEFAULT 'Exclusive',
    default_tax_type VARCHAR(50),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    notes VARCHAR(4000)
);

-- A company/contact/customer as another system knows it (Pax8 company, Xero contact, QBO customer, SuperOps
-- client). client_id is the mapping: one external record maps to at most one of our clients.
CREATE TABLE external_account (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    name VARCHAR(300) NOT NULL,
    email VARCHAR(200),
    domain VARCHAR(200),
    tax_number VARCHAR(50),
    address VARCHAR(500),
    phone VARCHAR(50),
    status VARCHAR(30),
    client_id BIGINT REFERENCES client(id),
    mapped_by VARCHAR(100),
    mapped_at TIMESTAMP WITH TIME ZONE,
    remote_updated_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_external_account UNIQUE (system, external_id)
);
CREATE INDEX ix_external_account_client ON external_account(client_id);

CREATE TABLE product (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sku VARCHAR(100) NOT NULL UNIQUE,
    name VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    unit_price NUMERIC(19,4),
    cost NUMERIC(19,4),
    currency VARCHAR(3) NOT NULL,
    tax_type VARCHAR(50),
    sales_account_code VARCHAR(50),
    billing_unit VARCHAR(20) NOT NULL DEFAULT 'PER_USER',
    device_class VARCHAR(30),
    vendor VARCHAR(100),
    manufacturer_part_number VARCHAR(100),
    active BOOLEAN NOT NULL DEFAULT TRUE
);

-- A distributor's product (Pax8); product_id maps it to our catalog SKU.
CREATE TABLE vendor_product (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    name VARCHAR(300) NOT NULL,
    vendor_name VARCHAR(200),
    vendor_sku VARCHAR(100),
    manufacturer_part_number VARCHAR(100),
    product_id BIGINT REFERENCES product(id),
    mapped_by VARCHAR(100),
    mapped_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_vendor_product UNIQUE (system, external_id)
);
CREATE INDEX ix_vendor_product_product ON vendor_product(product_id);

-- Pax8 subscription snapshot (what was sold).
CREATE TABLE subscription (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    company_external_id VARCHAR(100) NOT NULL,
    vendor_product_external_id VARCHAR(100) NOT NULL,
    quantity NUMERIC(19,4) NOT NULL,
    price NUMERIC(19,4),
    partner_cost NUMERIC(19,4),
    currency VARCHAR(3) NOT NULL,
    billing_term VARCHAR(20) NOT NULL,
    commitment_term VARCHAR(30),
    status VARCHAR(30) NOT NULL,
    start_date DATE,
    end_date DATE,
    remote_updated_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_subscription UNIQUE (system, external_id)
);
CREATE INDEX ix_subscription_company ON subscription(system, company_external_id);

CREATE TABLE device_snapshot (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client(id),
    device_class VARCHAR(30) NOT NULL,
    device_count INTEGER NOT NULL,
    as_of DATE NOT NULL,
    source VARCHAR(30) NOT NULL,
    CONSTRAINT uq_device_snapshot UNIQUE (client_id, device_class, as_of)
);

CREATE TABLE contract (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client(id),
    name VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    term_months INTEGER,
    auto_renew BOOLEAN NOT NULL DEFAULT FALSE,
    renewal_uplift_pct NUMERIC(9,4),
    notes VARCHAR(4000)
);
CREATE INDEX ix_contract_client ON contract(client_id);

CREATE TABLE contract_line (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    contract_id BIGINT NOT NULL REFERENCES contract(id),
    product_id BIGINT NOT NULL REFERENCES product(id),
    description VARCHAR(1000),
    quantity NUMERIC(19,4) NOT NULL,
    unit_price NUMERIC(19,4),
    discount_pct NUMERIC(9,4) NOT NULL DEFAULT 0,
    billing_frequency VARCHAR(20) NOT NULL DEFAULT 'MONTHLY',
    start_date DATE,
    end_date DATE
);
CREATE INDEX ix_contract_line_contract ON contract_line(contract_id);

-- Invoices as Xero/QBO hold them (what was billed).
CREATE TABLE invoice_snapshot (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    invoice_number VARCHAR(100),
    contact_external_id VARCHAR(100) NOT NULL,
    issue_date DATE NOT NULL,
    due_date DATE,
    status VARCHAR(20) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    line_amount_types VARCHAR(20) NOT NULL DEFAULT 'Exclusive',
    subtotal NUMERIC(19,4) NOT NULL,
    total_tax NUMERIC(19,4) NOT NULL,
    total NUMERIC(19,4) NOT NULL,
    amount_due NUMERIC(19,4) NOT NULL,
    amount_paid NUMERIC(19,4) NOT NULL,
    remote_updated_at TIMESTAMP WITH TIME ZONE,
    sync_token VARCHAR(50),
    CONSTRAINT uq_invoice_snapshot UNIQUE (system, external_id)
);
CREATE INDEX ix_invoice_snapshot_contact ON invoice_snapshot(system, contact_external_id);
CREATE INDEX ix_invoice_snapshot_issue ON invoice_snapshot(issue_date);

CREATE TABLE invoice_snapshot_line (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    invoice_id BIGINT NOT NULL REFERENCES invoice_snapshot(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    item_code VARCHAR(100),
    description VARCHAR(4000),
    quantity NUMERIC(19,4),
    unit_amount NUMERIC(19,4),
    discount_rate NUMERIC(9,4),
    line_amount NUMERIC(19,4) NOT NULL,
    tax_type VARCHAR(50),
    tax_amount NUMERIC(19,4),
    account_code VARCHAR(50)
);
CREATE INDEX ix_invoice_snapshot_line_invoice ON invoice_snapshot_line(invoice_id);

-- Invoices we generate: one per (client, period, kind, sequence); adjustments get kind ADJUSTMENT.
CREATE TABLE generated_invoice (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client(id),
    period VARCHAR(7) NOT NULL,
    kind VARCHAR(20) NOT NULL DEFAULT 'REGULAR',
    sequence_no INTEGER NOT NULL DEFAULT 0,
    status VARCHAR(20) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    line_amount_types VARCHAR(20) NOT NULL DEFAULT 'Exclusive',
    issue_date DATE,
    due_date DATE,
    subtotal NUMERIC(19,4) NOT NULL DEFAULT 0,
    total_tax NUMERIC(19,4) NOT NULL DEFAULT 0,
    total NUMERIC(19,4) NOT NULL DEFAULT 0,
    invoice_number VARCHAR(100),
    target_system VARCHAR(20),
    external_id VARCHAR(100),
    idempotency_key VARCHAR(128) NOT NULL UNIQUE,
    push_attempts INTEGER NOT NULL DEFAULT 0,
    last_error VARCHAR(4000),
    approved_by VARCHAR(100),
    approved_at TIMESTAMP WITH TIME ZONE,
    pushed_at TIMESTAMP WITH TIME ZONE,
    void_reason VARCHAR(1000),
    CONSTRAINT uq_generated_invoice UNIQUE (client_id, period, kind, sequence_no)
);
CREATE INDEX ix_generated_invoice_period ON generated_invoice(period, status);

CREATE TABLE generated_invoice_line (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    invoice_id BIGINT NOT NULL REFERENCES generated_invoice(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id BIGINT REFERENCES product(id),
    sku VARCHAR(100),
    description VARCHAR(4000) NOT NULL,
    quantity NUMERIC(19,4) NOT NULL,
    unit_price NUMERIC(19,4) NOT NULL,
    discount_pct NUMERIC(9,4) NOT NULL DEFAULT 0,
    tax_type VARCHAR(50),
    account_code VARCHAR(50),
    line_amount NUMERIC(19,4) NOT NULL,
    tax_amount NUMERIC(19,4) NOT NULL DEFAULT 0,
    service_start DATE,
    service_end DATE,
    source VARCHAR(30) NOT NULL,
    source_ref VARCHAR(100)
);
CREATE INDEX ix_generated_invoice_line_invoice ON generated_invoice_line(invoice_id);

CREATE TABLE credit_note (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client(id),
    invoice_id BIGINT REFERENCES generated_invoice(id),
    credit_note_number VARCHAR(100),
    reason VARCHAR(30) NOT NULL,
    reason_text VARCHAR(1000),
    status VARCHAR(20) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    issue_date DATE NOT NULL,
    subtotal NUMERIC(19,4) NOT NULL DEFAULT 0,
    total_tax NUMERIC(19,4) NOT NULL DEFAULT 0,
    total NUMERIC(19,4) NOT NULL DEFAULT 0,
    allocated_amount NUMERIC(19,4) NOT NULL DEFAULT 0,
    target_system VARCHAR(20),
    external_id VARCHAR(100),
    idempotency_key VARCHAR(128) NOT NULL UNIQUE
);

CREATE TABLE credit_note_line (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    credit_note_id BIGINT NOT NULL REFERENCES credit_note(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id BIGINT REFERENCES product(id),
    description VARCHAR(4000) NOT NULL,
    quantity NUMERIC(19,4) NOT NULL,
    unit_price NUMERIC(19,4) NOT NULL,
    tax_type VARCHAR(50),
    line_amount NUMERIC(19,4) NOT NULL,
    tax_amount NUMERIC(19,4) NOT NULL DEFAULT 0
);

CREATE TABLE purchase_order (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    po_number VARCHAR(50) NOT NULL UNIQUE,
    supplier VARCHAR(200) NOT NULL,
    status VARCHAR(30) NOT NULL,
    order_date DATE NOT NULL,
    client_id BIGINT REFERENCES client(id),
    currency VARCHAR(3) NOT NULL,
    notes VARCHAR(4000)
);

CREATE TABLE purchase_order_line (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    purchase_order_id BIGINT NOT NULL REFERENCES purchase_order(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product(id),
    description VARCHAR(1000),
    quantity NUMERIC(19,4) NOT NULL,
    unit_cost NUMERIC(19,4) NOT NULL,
    received_quantity NUMERIC(19,4) NOT NULL DEFAULT 0,
    billed_quantity NUMERIC(19,4) NOT NULL DEFAULT 0,
    client_id BIGINT REFERENCES client(id)
);

CREATE TABLE missed_billing_item (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client(id),
    product_id BIGINT NOT NULL REFERENCES product(id),
    period VARCHAR(7) NOT NULL,
    source VARCHAR(30) NOT NULL,
    expected_quantity NUMERIC(19,4) NOT NULL,
    billed_quantity NUMERIC(19,4) NOT NULL,
    expected_amount NUMERIC(19,4) NOT NULL,
    billed_amount NUMERIC(19,4) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    status VARCHAR(20) NOT NULL,
    snooze_until DATE,
    reason VARCHAR(1000),
    decided_by VARCHAR(100),
    decided_at TIMESTAMP WITH TIME ZONE,
    applied_line_id BIGINT,
    CONSTRAINT uq_missed_billing UNIQUE (client_id, product_id, period)
);
CREATE INDEX ix_missed_billing_status ON missed_billing_item(status, period);

CREATE TABLE sync_cursor (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    resource VARCHAR(50) NOT NULL,
    tenant VARCHAR(100) NOT NULL,
    cursor_value VARCHAR(200),
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(4000),
    records BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_sync_cursor UNIQUE (system, resource, tenant)
);

CREATE TABLE outbox_entry (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL,
    tenant VARCHAR(100),
    operation VARCHAR(50) NOT NULL,
    entity_type VARCHAR(50) NOT NULL,
    entity_id BIGINT NOT NULL,
    payload VARCHAR(1000000),
    idempotency_key VARCHAR(128) NOT NULL UNIQUE,
    state VARCHAR(20) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error VARCHAR(4000),
    external_id VARCHAR(100),
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_outbox_due ON outbox_entry(state, next_attempt_at);

-- Which integrations exist; secrets live only in each workstation's encrypted token vault.
CREATE TABLE integration_connection (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    system VARCHAR(20) NOT NULL UNIQUE,
    status VARCHAR(20) NOT NULL,
    tenant_id VARCHAR(100),
    tenant_name VARCHAR(200),
    connected_by VARCHAR(100),
    connected_at TIMESTAMP WITH TIME ZONE,
    token_expires_at TIMESTAMP WITH TIME ZONE,
    last_sync_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(4000)
);

CREATE TABLE import_log (
    id BIGINT PRIMARY KEY,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(100) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    preset VARCHAR(100),
    created_count INTEGER NOT NULL,
    updated_count INTEGER NOT NULL,
    unchanged_count INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    skipped_rows VARCHAR(1000000)
);

-- Append-only history beside state: who changed what, when, before and after (JSON), and why.
CREATE TABLE audit_event (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(100) NOT NULL,
    entity_type VARCHAR(50) NOT NULL,
    entity_id BIGINT,
    action VARCHAR(50) NOT NULL,
    before_json VARCHAR(1000000),
    after_json VARCHAR(1000000),
    reason VARCHAR(1000)
);
CREATE INDEX ix_audit_entity ON audit_event(entity_type, entity_id);
