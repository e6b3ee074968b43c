-- Read models other contexts may read (issue 19): named views, each owned by the context whose
-- tables it reads (the name says which), so a cross-context read is visible in the schema and the
-- owner can change its tables behind the view. Plain select-project-join views (no aggregates, no
-- DISTINCT): Derby flattens them and MySQL merges them into the reading query, so a read through a
-- view runs the same plan as the join it replaces. Read by the portfolio's nightly run
-- (portfolio-ejb infrastructure.batch, *Reads classes) and the settlement watch (KnownAccounts).

-- Loan origination: the repayment schedule of every booked loan, by the loan's reference.
CREATE VIEW origination_loan_instalment (loan_reference, instalment_number, due_date, amount,
    balance_after) AS
    SELECT a.exposure_reference, i.number, i.due_date, i.total, i.balance_after
    FROM loan_application a JOIN repayment_instalment i ON i.application_id = a.id;

-- Loan origination: the other members of each borrower's joint-liability groups.
CREATE VIEW origination_group_peer (borrower_id, peer_borrower_id) AS
    SELECT gm.borrower_id, om.borrower_id
    FROM group_member gm JOIN group_member om
        ON om.group_id = gm.group_id AND om.borrower_id <> gm.borrower_id;

-- Loan origination: the sources a borrower's unrevoked consent for post-loan monitoring covers,
-- until when.
CREATE VIEW origination_monitoring_consent (borrower_id, source, expires_on) AS
    SELECT k.borrower_id, ks.source, k.expires_on
    FROM data_consent k JOIN data_consent_source ks ON ks.consent_id = k.id
    WHERE k.purpose = 'POST_LOAN_MONITORING' AND k.revoked_at IS NULL;

-- Loan origination: alternative-data figures per borrower, source, metric and period.
CREATE VIEW origination_alternative_figure (borrower_id, source, metric, period, amount) AS
    SELECT d.borrower_id, d.source, d.metric, d.period, d.amount FROM alternative_data d;

-- Loan origination: borrowers with a settlement account at the bank (lookup hash and ciphertext
-- of the account, ADR 0011/0016) and their declared annual turnover.
CREATE VIEW origination_settlement_holder (borrower_id, account_hash, account_cipher,
    declared_turnover) AS
    SELECT b.id, b.settlement_account_hash, b.settlement_account_cipher, b.declared_revenue
    FROM borrower b WHERE b.settlement_account_hash IS NOT NULL;

-- Supply chain: the health status of every hub enterprise.
CREATE VIEW supplychain_hub_status (hub_id, status) AS
    SELECT h.id, h.status FROM hub_enterprise h;
