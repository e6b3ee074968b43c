-- Issue 20: an Idempotency-Key (channel reference) covers the whole request. The fingerprint is a
-- SHA-256 (hex) of the caller and every term of the request that created the application,
-- acceptOffer included; the same key with another fingerprint is refused (409), not answered.
-- Rows from before keep NULL and are compared by their stored terms only.
ALTER TABLE loan_application ADD COLUMN request_fingerprint VARCHAR(64);
