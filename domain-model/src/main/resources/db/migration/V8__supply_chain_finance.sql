-- Supply-chain finance (issue 5): hub indicator readings and status changes (automatic downgrades
-- from indicators, manual changes under maker-checker: the audit trail of a hub's health),
-- receivables financing of hub-confirmed invoices (one financing per invoice, enforced by a unique
-- constraint), hub payments applied once per payment reference, and the record of every trade
-- file received from a hub with its rejected rows.

CREATE TABLE hub_indicator_reading (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    as_of DATE NOT NULL,
    late_payment_share DECIMAL(7,4) NOT NULL,
    revenue_trend DECIMAL(9,4) NOT NULL,
    bureau_events INT NOT NULL,
    court_events INT NOT NULL,
    implied_status VARCHAR(16) NOT NULL,
    findings VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at ${timestamp} NOT NULL,
    CONSTRAINT fk_reading_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id)
)${table_options};
CREATE INDEX ix_reading_hub ON hub_indicator_reading (hub_id, recorded_at);

CREATE TABLE hub_status_change (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    from_status VARCHAR(16) NOT NULL,
    to_status VARCHAR(16) NOT NULL,
    source VARCHAR(16) NOT NULL,
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    reading_id BIGINT,
    proposed_by VARCHAR(64) NOT NULL,
    proposed_at ${timestamp} NOT NULL,
    decided_by VARCHAR(64),
    decided_at ${timestamp},
    decision_note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_status_change_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id),
    CONSTRAINT fk_status_change_reading FOREIGN KEY (reading_id) REFERENCES hub_indicator_reading (id)
)${table_options};
CREATE INDEX ix_status_change_hub ON hub_status_change (hub_id, state);

CREATE TABLE receivable_financing (
    id BIGINT NOT NULL PRIMARY KEY,
    invoice_id BIGINT NOT NULL,
    hub_id BIGINT NOT NULL,
    borrower_id BIGINT NOT NULL,
    document_number VARCHAR(64) NOT NULL,
    currency CHAR(3) NOT NULL,
    invoice_amount DECIMAL(19,2) NOT NULL,
    advance_rate DECIMAL(5,4) NOT NULL,
    advance_amount DECIMAL(19,2) NOT NULL,
    outstanding DECIMAL(19,2) NOT NULL,
    surplus_paid DECIMAL(19,2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    exposure_reference VARCHAR(64) NOT NULL,
    financed_by VARCHAR(64) NOT NULL,
    financed_at ${timestamp} NOT NULL,
    closed_at ${timestamp},
    version BIGINT NOT NULL,
    CONSTRAINT uq_financing_invoice UNIQUE (invoice_id),
    CONSTRAINT fk_financing_invoice FOREIGN KEY (invoice_id) REFERENCES trade_record (id),
    CONSTRAINT fk_financing_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id),
    CONSTRAINT ck_financing_outstanding CHECK (outstanding >= 0 AND outstanding <= advance_amount)
)${table_options};
CREATE INDEX ix_financing_hub ON receivable_financing (hub_id, status);

CREATE TABLE hub_payment (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    payment_reference VARCHAR(64) NOT NULL,
    financing_id BIGINT NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    repaid DECIMAL(19,2) NOT NULL,
    surplus DECIMAL(19,2) NOT NULL,
    value_date DATE NOT NULL,
    received_at ${timestamp} NOT NULL,
    CONSTRAINT uq_hub_payment UNIQUE (hub_id, payment_reference),
    CONSTRAINT fk_hub_payment_financing FOREIGN KEY (financing_id) REFERENCES receivable_financing (id)
)${table_options};

CREATE TABLE trade_import (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    format VARCHAR(8) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    rows_total INT NOT NULL,
    rows_rejected INT NOT NULL,
    imported_by VARCHAR(64) NOT NULL,
    imported_at ${timestamp} NOT NULL,
    CONSTRAINT fk_trade_import_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id)
)${table_options};

CREATE TABLE trade_import_rejection (
    id BIGINT NOT NULL PRIMARY KEY,
    import_id BIGINT NOT NULL,
    line_number INT NOT NULL,
    document_number VARCHAR(64),
    reasons VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_rejection_import FOREIGN KEY (import_id) REFERENCES trade_import (id)
)${table_options};
CREATE INDEX ix_rejection_import ON trade_import_rejection (import_id, line_number);
