-- Core-banking integration (issue 6): repayment postings applied once, end-of-day reports with the
-- transaction ids core banking booked, the reconciliation of the settlement ledger against them
-- and the breaks it finds. See docs/messages.md and docs/adr/0007, 0008.

-- The end-of-day report of an account and business date (account_balance already holds the
-- closing balance): opening balance, number of transactions, a digest of the whole report (a
-- redelivery with the same digest has no second effect; a different one restates the day).
ALTER TABLE account_balance ADD COLUMN opening_balance DECIMAL(19,2);
ALTER TABLE account_balance ADD COLUMN transaction_count INT;
ALTER TABLE account_balance ADD COLUMN ids_reported BOOLEAN;
ALTER TABLE account_balance ADD COLUMN report_digest VARCHAR(64);
-- The transaction ids the report named (a JSON array), for missing/extra breaks.
ALTER TABLE account_balance ADD COLUMN reported_ids ${clob};
ALTER TABLE account_balance ADD COLUMN received_at ${timestamp};
ALTER TABLE account_balance ADD COLUMN reconciled_at ${timestamp};
ALTER TABLE account_balance ADD COLUMN ledger_credits DECIMAL(19,2);
ALTER TABLE account_balance ADD COLUMN ledger_debits DECIMAL(19,2);
ALTER TABLE account_balance ADD COLUMN ledger_count INT;
ALTER TABLE account_balance ADD COLUMN open_breaks INT;
CREATE INDEX ix_account_balance_date ON account_balance (business_date);


CREATE TABLE reconciliation_break (
    id BIGINT NOT NULL PRIMARY KEY,
    account_number VARCHAR(34) NOT NULL,
    business_date DATE NOT NULL,
    kind VARCHAR(16) NOT NULL,
    transaction_id VARCHAR(64),
    core_amount DECIMAL(19,2),
    ledger_amount DECIMAL(19,2),
    break_amount DECIMAL(19,2),
    currency CHAR(3) NOT NULL,
    detail VARCHAR(500) NOT NULL,
    status VARCHAR(16) NOT NULL,
    detected_at ${timestamp} NOT NULL,
    last_seen_at ${timestamp} NOT NULL,
    closed_at ${timestamp},
    resolved_by VARCHAR(64),
    resolution_note VARCHAR(1000),
    version BIGINT NOT NULL
)${table_options};
CREATE INDEX ix_break_status ON reconciliation_break (status, business_date);
CREATE INDEX ix_break_account_date ON reconciliation_break (account_number, business_date);

-- Repayments core banking collected; posting_id is the business key.
CREATE TABLE repayment_posting (
    id BIGINT NOT NULL PRIMARY KEY,
    posting_id VARCHAR(64) NOT NULL,
    loan_reference VARCHAR(64) NOT NULL,
    account_number VARCHAR(34),
    principal DECIMAL(19,2) NOT NULL,
    interest DECIMAL(19,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    value_date DATE NOT NULL,
    days_past_due INT,
    received_at ${timestamp} NOT NULL,
    CONSTRAINT uq_repayment_posting UNIQUE (posting_id),
    CONSTRAINT ck_repayment_amounts CHECK (principal >= 0 AND interest >= 0)
)${table_options};
CREATE INDEX ix_repayment_loan ON repayment_posting (loan_reference, value_date);

-- Fund-usage direction and coverage read settlement transactions by account, direction and date.
CREATE INDEX ix_settlement_account_dir_date ON settlement_transaction (account_number, direction, value_date);
