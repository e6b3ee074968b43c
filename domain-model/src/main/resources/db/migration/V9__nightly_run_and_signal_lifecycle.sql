-- Issue 8: the signal lifecycle (owner, due date, escalation, actions), the nightly portfolio run
-- (runs, per-partition progress counted in the chunk's own transaction) and repayment reminders.

ALTER TABLE warning_signal ADD COLUMN owner_role VARCHAR(16) DEFAULT 'ACCOUNT_MANAGER' NOT NULL;
ALTER TABLE warning_signal ADD COLUMN owner VARCHAR(64);
ALTER TABLE warning_signal ADD COLUMN due_on DATE;
ALTER TABLE warning_signal ADD COLUMN escalations INT DEFAULT 0 NOT NULL;
ALTER TABLE warning_signal ADD COLUMN acknowledged_by VARCHAR(64);
ALTER TABLE warning_signal ADD COLUMN acknowledged_at ${timestamp};
CREATE INDEX ix_warning_owner ON warning_signal (owner_role, status, due_on);

CREATE TABLE signal_action (
    id BIGINT NOT NULL PRIMARY KEY,
    signal_id BIGINT NOT NULL,
    action_kind VARCHAR(24) NOT NULL,
    note VARCHAR(500) NOT NULL,
    taken_by VARCHAR(64) NOT NULL,
    taken_at ${timestamp} NOT NULL,
    due_on DATE,
    completed_by VARCHAR(64),
    completed_at ${timestamp},
    version BIGINT NOT NULL,
    CONSTRAINT fk_signal_action_signal FOREIGN KEY (signal_id) REFERENCES warning_signal (id)
)${table_options};
CREATE INDEX ix_signal_action_signal ON signal_action (signal_id);

-- One row per run. schedule_key is the business date for a scheduled run and null for a run a
-- risk manager started: the unique key lets only one scheduled run per day exist, whichever
-- server's timer fires first.
CREATE TABLE nightly_run (
    id BIGINT NOT NULL PRIMARY KEY,
    business_date DATE NOT NULL,
    trigger_kind VARCHAR(16) NOT NULL,
    schedule_key VARCHAR(16),
    requested_by VARCHAR(64) NOT NULL,
    job_instance_id BIGINT,
    job_execution_id BIGINT,
    status VARCHAR(16) NOT NULL,
    live_loans BIGINT NOT NULL,
    executions INT NOT NULL,
    started_at ${timestamp} NOT NULL,
    ended_at ${timestamp},
    failure VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_nightly_run_schedule UNIQUE (schedule_key)
)${table_options};
CREATE INDEX ix_nightly_run_started ON nightly_run (started_at);

-- Progress of one partition (an id range of loans): the counters move in the same transaction
-- as the chunk they count, so a restarted run never counts a loan twice.
CREATE TABLE nightly_run_partition (
    run_id BIGINT NOT NULL,
    partition_no INT NOT NULL,
    first_id BIGINT NOT NULL,
    last_id BIGINT NOT NULL,
    loans_processed BIGINT NOT NULL,
    overdue_loans BIGINT NOT NULL,
    reclassified BIGINT NOT NULL,
    new_defaults BIGINT NOT NULL,
    signals_raised BIGINT NOT NULL,
    reminders BIGINT NOT NULL,
    CONSTRAINT pk_nightly_run_partition PRIMARY KEY (run_id, partition_no),
    CONSTRAINT fk_nightly_partition_run FOREIGN KEY (run_id) REFERENCES nightly_run (id)
)${table_options};

-- A reminder of an instalment falling due soon: one per loan and instalment, ever.
CREATE TABLE repayment_reminder (
    loan_reference VARCHAR(64) NOT NULL,
    instalment_number INT NOT NULL,
    borrower_id BIGINT NOT NULL,
    due_date DATE NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    remind_on DATE NOT NULL,
    run_id BIGINT NOT NULL,
    CONSTRAINT pk_repayment_reminder PRIMARY KEY (loan_reference, instalment_number)
)${table_options};
CREATE INDEX ix_reminder_borrower ON repayment_reminder (borrower_id, due_date);

-- The nightly run finds a loan's schedule through its application.
CREATE INDEX ix_application_exposure ON loan_application (exposure_reference);
