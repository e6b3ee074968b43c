-- Associated persons of a borrower (issue 8, collection list): what a registry source records as
-- connected to the borrower – legal representative, shareholders, guarantors, spouse, household
-- members. The shipped data-gateway adapter (table) reads these rows, as it reads alternative_data;
-- a real registry's adapter answers instead. Identity number and phone are encrypted (ADR 0011);
-- identity_hash (HMAC lookup hash, as borrower.identity_hash) finds the person among our borrowers.

CREATE TABLE associated_person (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    relation VARCHAR(32) NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    identity_cipher VARCHAR(255),
    identity_hash VARCHAR(64),
    phone_cipher VARCHAR(255),
    recorded_on DATE NOT NULL,
    CONSTRAINT fk_associated_person_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id)
)${table_options};
CREATE INDEX ix_associated_person_borrower ON associated_person (borrower_id);
CREATE INDEX ix_associated_person_identity ON associated_person (identity_hash);
