-- The nightly run finds the joint-liability groups of a chunk's borrowers (group default indicator)
-- and the repayment reminders of its loans.
CREATE INDEX ix_group_member_borrower ON group_member (borrower_id);
CREATE INDEX ix_reminder_due ON repayment_reminder (due_date);
