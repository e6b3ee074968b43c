-- Transactional outbox (ADR 0019): a message to core banking written in the transaction of the
-- change that causes it, sent by the relay after that commits (and deleted in the relay's own
-- transaction with the send). The body may name an account number (a disbursement instruction's
-- credit account): it is AES-GCM encrypted like every other personal number (ADR 0011).
CREATE TABLE outbound_message (
    id BIGINT NOT NULL PRIMARY KEY,
    destination VARCHAR(100) NOT NULL,
    message_type VARCHAR(64) NOT NULL,
    business_key VARCHAR(200) NOT NULL,
    schema_version INT NOT NULL,
    body ${clob} NOT NULL,
    created_at ${timestamp} NOT NULL
)${table_options};
