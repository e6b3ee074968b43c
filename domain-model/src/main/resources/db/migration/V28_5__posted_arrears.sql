-- Issue 26: days past due are the worse of core banking's posting and our repayment schedule
-- (docs/domain-rules.md, ADR 0028). Core banking's last posting is kept as the first day of the
-- arrears it reported (value date minus its days past due); NULL when it reported none or never
-- posted. Loans booked before this column stay NULL until core banking's next posting: which of
-- their stored days came from a posting cannot be told afterwards.
ALTER TABLE loan_exposure ADD COLUMN posted_overdue_since DATE;
