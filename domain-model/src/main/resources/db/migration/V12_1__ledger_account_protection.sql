-- Account numbers of the settlement ledger encrypted at rest (issue 9, ADR 0016): each ledger table
-- gets the keyed lookup hash of the account (the same value as borrower.settlement_account_hash, used
-- for keys, joins and grouping) and the AES-GCM ciphertext (shown masked, or sent back). The Java
-- migration V12_2 fills them from the plaintext columns and then drops those.
ALTER TABLE settlement_transaction ADD COLUMN account_hash VARCHAR(64);
ALTER TABLE settlement_transaction ADD COLUMN account_cipher VARCHAR(255);
ALTER TABLE account_balance ADD COLUMN account_hash VARCHAR(64);
ALTER TABLE account_balance ADD COLUMN account_cipher VARCHAR(255);
ALTER TABLE reconciliation_break ADD COLUMN account_hash VARCHAR(64);
ALTER TABLE reconciliation_break ADD COLUMN account_cipher VARCHAR(255);
ALTER TABLE repayment_posting ADD COLUMN account_hash VARCHAR(64);
ALTER TABLE repayment_posting ADD COLUMN account_cipher VARCHAR(255);
