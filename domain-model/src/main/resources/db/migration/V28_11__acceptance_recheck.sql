-- Issue 21: every condition an approval relied on, evaluated again at each acceptance attempt
-- (AcceptanceRecheck), kept whether it held or not: the decision page shows what was re-checked
-- and when. Findings are coded texts (ADR 0027).
CREATE TABLE application_recheck (
    id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    checked_at ${timestamp} NOT NULL,
    checked_by VARCHAR(64) NOT NULL,
    check_condition VARCHAR(32) NOT NULL,
    holds BOOLEAN NOT NULL,
    findings VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_application_recheck PRIMARY KEY (id),
    CONSTRAINT fk_application_recheck FOREIGN KEY (application_id) REFERENCES loan_application (id)
)${table_options};

CREATE INDEX ix_application_recheck ON application_recheck (application_id, checked_at);
