-- Data protection and staff controls (issue 9). Runs unchanged on Derby and MySQL (placeholders
-- as in V1). The append-only audit trail, alerts of abnormal look-ups for risk managers, sign-in
-- lockout state, and the columns for encrypted identity and account numbers; V10_2 (Java) moves
-- existing numbers into them and drops the plaintext columns.

CREATE TABLE audit_entry (
    id BIGINT NOT NULL PRIMARY KEY,
    occurred_at ${timestamp} NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    subject_type VARCHAR(32),
    subject_id VARCHAR(64),
    detail VARCHAR(500),
    client_address VARCHAR(64)
)${table_options};
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor_time ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);

CREATE TABLE security_alert (
    id BIGINT NOT NULL PRIMARY KEY,
    raised_at ${timestamp} NOT NULL,
    kind VARCHAR(32) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    borrower_id BIGINT,
    detail VARCHAR(500) NOT NULL,
    status VARCHAR(16) NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at ${timestamp},
    acknowledgement_note VARCHAR(500),
    version BIGINT NOT NULL
)${table_options};
CREATE INDEX ix_alert_status_time ON security_alert (status, raised_at);
CREATE INDEX ix_alert_actor_kind ON security_alert (actor, kind, raised_at);

CREATE TABLE staff_login_state (
    login VARCHAR(64) NOT NULL PRIMARY KEY,
    failed_count INT NOT NULL,
    first_failure_at ${timestamp},
    locked_until ${timestamp},
    last_success_at ${timestamp},
    version BIGINT NOT NULL
)${table_options};

ALTER TABLE borrower ADD COLUMN identity_cipher VARCHAR(255);
ALTER TABLE borrower ADD COLUMN identity_hash VARCHAR(64);
ALTER TABLE borrower ADD COLUMN settlement_account_cipher VARCHAR(255);
ALTER TABLE borrower ADD COLUMN settlement_account_hash VARCHAR(64);

CREATE TABLE blacklist_entry_protected (
    identity_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    identity_cipher VARCHAR(255) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    listed_at ${timestamp} NOT NULL
)${table_options};
