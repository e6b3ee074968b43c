-- Issue 19: the referral review is the one maker-checker (shared.domain.approval.MakerChecker).
-- Its maker and the time of the referral are the existing prepared_by and decided_at columns, the
-- checker, time and note the existing reviewed_by, reviewed_at and review_note; only where the
-- review stands is new: NULL for an application that was never referred, PROPOSED while referred,
-- APPROVED or REJECTED once a second credit officer decided it.
ALTER TABLE loan_application ADD COLUMN review_state VARCHAR(16);
UPDATE loan_application SET review_state = 'PROPOSED' WHERE status = 'REFERRED';
UPDATE loan_application SET review_state = 'APPROVED'
    WHERE reviewed_by IS NOT NULL AND outcome = 'APPROVE';
UPDATE loan_application SET review_state = 'REJECTED'
    WHERE reviewed_by IS NOT NULL AND outcome = 'DECLINE';
