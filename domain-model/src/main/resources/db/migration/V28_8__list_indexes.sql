-- Issue 26 (ADR 0031): the lists that grow with the book page, sort and filter on the database.
-- Each index serves a list's sort keys and filters, so that a first page reads a page of index
-- entries, not the table. Plain CREATE INDEX: the same statement on Derby and MySQL/MariaDB.

-- Collection list: live loans, most days past due first (then reference).
CREATE INDEX ix_exposure_status_dpd ON loan_exposure (status, days_past_due, reference);

-- Warning queue: sorted by due date or by time raised (id breaks ties).
CREATE INDEX ix_warning_due ON warning_signal (due_on, id);
CREATE INDEX ix_warning_raised ON warning_signal (raised_at, id);

-- Application list: newest first without a status (with one: ix_application_status).
CREATE INDEX ix_application_submitted ON loan_application (submitted_at, id);

-- Refused inbound messages: by destination (newest first within one).
CREATE INDEX ix_rejected_destination ON rejected_message (destination, rejected_at);

-- A hub's invoices (one kind) and a hub's trade rows (every kind), newest first.
CREATE INDEX ix_trade_hub_kind_date ON trade_record (hub_id, kind, trade_date, id);
CREATE INDEX ix_trade_hub_date ON trade_record (hub_id, trade_date, id);
