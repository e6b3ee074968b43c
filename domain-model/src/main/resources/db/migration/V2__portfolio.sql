-- Portfolio: the loan book (exposures and their reservations), the blind-lending programme,
-- dual-controlled limit changes and calibrations (the audit trail), daily snapshots.

ALTER TABLE exposure_limit ADD COLUMN blocked_reason VARCHAR(500);
-- The largest single reservation a limit admits (the blind ceiling's single-loan cap); null = none.
ALTER TABLE exposure_limit ADD COLUMN max_single_amount DECIMAL(19,2);

CREATE TABLE loan_exposure (
    id BIGINT NOT NULL PRIMARY KEY,
    reference VARCHAR(64) NOT NULL,
    borrower_id BIGINT NOT NULL,
    connected_group VARCHAR(64),
    hub_id BIGINT,
    industry_code VARCHAR(8) NOT NULL,
    region_code VARCHAR(6) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    information_path VARCHAR(32) NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    account_manager_id BIGINT,
    blind_lending BOOLEAN NOT NULL,
    currency CHAR(3) NOT NULL,
    principal DECIMAL(19,2) NOT NULL,
    outstanding DECIMAL(19,2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    days_past_due INT NOT NULL,
    category VARCHAR(16) NOT NULL,
    qualitative_floor VARCHAR(16),
    floor_reason VARCHAR(500),
    arrears_cleared_on DATE,
    defaulted_at ${timestamp},
    specific_provision DECIMAL(19,2) NOT NULL,
    general_provision DECIMAL(19,2) NOT NULL,
    booked_at ${timestamp} NOT NULL,
    closed_at ${timestamp},
    version BIGINT NOT NULL,
    CONSTRAINT uq_loan_exposure_reference UNIQUE (reference),
    CONSTRAINT ck_exposure_outstanding CHECK (outstanding >= 0 AND outstanding <= principal)
)${table_options};
CREATE INDEX ix_exposure_status_blind ON loan_exposure (status, blind_lending);
CREATE INDEX ix_exposure_borrower ON loan_exposure (borrower_id);
-- No link table between exposures and limits: a limit's utilisation is, by construction, the sum
-- of the outstanding of the live exposures whose profile matches its key (docs/adr/0004).

CREATE TABLE blind_lending_programme (
    id BIGINT NOT NULL PRIMARY KEY,
    currency CHAR(3) NOT NULL,
    total_assets DECIMAL(19,2) NOT NULL,
    tolerated_loss_share DECIMAL(9,6) NOT NULL,
    assumed_default_rate DECIMAL(9,6) NOT NULL,
    loss_given_default DECIMAL(9,6) NOT NULL,
    single_loan_divisor INT NOT NULL,
    default_rate_tolerance DECIMAL(9,6) NOT NULL,
    minimum_sample INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(500),
    calibrated_at ${timestamp} NOT NULL,
    calibrated_by VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL
)${table_options};

CREATE TABLE ceiling_calibration (
    id BIGINT NOT NULL PRIMARY KEY,
    currency CHAR(3) NOT NULL,
    total_assets DECIMAL(19,2) NOT NULL,
    tolerated_loss_share DECIMAL(9,6) NOT NULL,
    assumed_default_rate DECIMAL(9,6) NOT NULL,
    loss_given_default DECIMAL(9,6) NOT NULL,
    single_loan_divisor INT NOT NULL,
    default_rate_tolerance DECIMAL(9,6) NOT NULL,
    minimum_sample INT NOT NULL,
    before_ceiling DECIMAL(19,2),
    after_ceiling DECIMAL(19,2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    proposed_by VARCHAR(64) NOT NULL,
    proposed_at ${timestamp} NOT NULL,
    decided_by VARCHAR(64),
    decided_at ${timestamp},
    decision_note VARCHAR(500),
    version BIGINT NOT NULL
)${table_options};

CREATE TABLE limit_change (
    id BIGINT NOT NULL PRIMARY KEY,
    dimension VARCHAR(32) NOT NULL,
    limit_key VARCHAR(64) NOT NULL,
    currency CHAR(3) NOT NULL,
    before_amount DECIMAL(19,2),
    proposed_amount DECIMAL(19,2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    proposed_by VARCHAR(64) NOT NULL,
    proposed_at ${timestamp} NOT NULL,
    decided_by VARCHAR(64),
    decided_at ${timestamp},
    decision_note VARCHAR(500),
    version BIGINT NOT NULL
)${table_options};
CREATE INDEX ix_limit_change_status ON limit_change (status);

CREATE TABLE portfolio_snapshot (
    as_of DATE NOT NULL PRIMARY KEY,
    currency CHAR(3) NOT NULL,
    live_loans BIGINT NOT NULL,
    outstanding DECIMAL(19,2) NOT NULL,
    npl_balance DECIMAL(19,2) NOT NULL,
    provisions DECIMAL(19,2) NOT NULL,
    blind_outstanding DECIMAL(19,2) NOT NULL,
    ceiling_amount DECIMAL(19,2) NOT NULL
)${table_options};
