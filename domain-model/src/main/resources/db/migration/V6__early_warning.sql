-- Early-warning signals (domain guide §6). One signal that is not closed per borrower, loan and
-- indicator: open_key holds "borrower|loan|indicator" while the signal is open and is cleared on
-- closing; the unique constraint turns a concurrent second raise into a retry that finds the first.

CREATE TABLE warning_signal (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    loan_reference VARCHAR(64),
    indicator_code VARCHAR(48) NOT NULL,
    signal_level VARCHAR(8) NOT NULL,
    evidence VARCHAR(2000) NOT NULL,
    raised_by_source VARCHAR(48) NOT NULL,
    status VARCHAR(16) NOT NULL,
    open_key VARCHAR(160),
    raised_at ${timestamp} NOT NULL,
    last_seen_at ${timestamp} NOT NULL,
    sightings INT NOT NULL,
    closed_at ${timestamp},
    closed_by VARCHAR(64),
    closing_note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT uq_warning_signal_open UNIQUE (open_key)
)${table_options};
CREATE INDEX ix_warning_borrower ON warning_signal (borrower_id);
CREATE INDEX ix_warning_status_level ON warning_signal (status, signal_level);
