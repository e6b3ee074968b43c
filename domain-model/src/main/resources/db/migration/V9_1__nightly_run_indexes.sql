-- The nightly run and the warning queue read repayment reminders by due date (group members are
-- already indexed by borrower since V3).
CREATE INDEX ix_reminder_due ON repayment_reminder (due_date);
