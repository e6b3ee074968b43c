-- Contact mobile number of a borrower (issue 9: phone numbers encrypted at rest). Like identity and
-- settlement account numbers (V10_1, ADR 0011): AES-256-GCM ciphertext and a keyed lookup hash for
-- search by mobile. Optional: borrowers registered before this version have none.
ALTER TABLE borrower ADD COLUMN mobile_cipher VARCHAR(255);
ALTER TABLE borrower ADD COLUMN mobile_hash VARCHAR(64);
CREATE INDEX ix_borrower_mobile_hash ON borrower (mobile_hash);
