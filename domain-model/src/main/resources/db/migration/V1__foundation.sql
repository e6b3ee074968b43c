-- Foundation schema. Runs unchanged on Derby and MySQL: dialect differences are Flyway
-- placeholders set by the migrator (${timestamp}, ${clob}, ${table_options}).

CREATE TABLE id_generator (
    entity_name VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value BIGINT NOT NULL
)${table_options};
INSERT INTO id_generator (entity_name, next_value) VALUES ('ids', 1000);

CREATE TABLE account_manager (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_login VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    territory_lat DECIMAL(9,6) NOT NULL,
    territory_lon DECIMAL(9,6) NOT NULL,
    territory_radius_km DECIMAL(7,2) NOT NULL,
    CONSTRAINT uq_account_manager_login UNIQUE (staff_login)
)${table_options};

CREATE TABLE borrower (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    identity_number VARCHAR(32) NOT NULL,
    industry_code VARCHAR(8),
    region_code VARCHAR(6) NOT NULL,
    account_manager_id BIGINT NOT NULL,
    created_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_borrower_identity UNIQUE (identity_number),
    CONSTRAINT fk_borrower_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id)
)${table_options};
CREATE INDEX ix_borrower_name ON borrower (name);

CREATE TABLE joint_liability_group (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    account_manager_id BIGINT NOT NULL,
    max_size INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_group_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id)
)${table_options};

CREATE TABLE group_member (
    group_id BIGINT NOT NULL,
    borrower_id BIGINT NOT NULL,
    CONSTRAINT pk_group_member PRIMARY KEY (group_id, borrower_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES joint_liability_group (id),
    CONSTRAINT fk_group_member_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id)
)${table_options};

CREATE TABLE exposure_limit (
    id BIGINT NOT NULL PRIMARY KEY,
    dimension VARCHAR(32) NOT NULL,
    limit_key VARCHAR(64) NOT NULL,
    currency CHAR(3) NOT NULL,
    limit_amount DECIMAL(19,2) NOT NULL,
    utilised_amount DECIMAL(19,2) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_exposure_limit UNIQUE (dimension, limit_key),
    CONSTRAINT ck_limit_utilisation CHECK (utilised_amount >= 0 AND utilised_amount <= limit_amount)
)${table_options};

CREATE TABLE settlement_transaction (
    id BIGINT NOT NULL PRIMARY KEY,
    transaction_id VARCHAR(64) NOT NULL,
    account_number VARCHAR(34) NOT NULL,
    direction VARCHAR(8) NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    counterparty_name VARCHAR(200),
    counterparty_industry VARCHAR(8),
    value_date DATE NOT NULL,
    received_at ${timestamp} NOT NULL,
    CONSTRAINT uq_settlement_txn UNIQUE (transaction_id)
)${table_options};
CREATE INDEX ix_settlement_account_date ON settlement_transaction (account_number, value_date);

CREATE TABLE rejected_message (
    id BIGINT NOT NULL PRIMARY KEY,
    destination VARCHAR(100) NOT NULL,
    business_key VARCHAR(64),
    reason VARCHAR(1000) NOT NULL,
    payload ${clob},
    rejected_at ${timestamp} NOT NULL
)${table_options};
CREATE INDEX ix_rejected_message_at ON rejected_message (rejected_at);

CREATE TABLE hub_enterprise (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    industry_code VARCHAR(8) NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(500),
    status_changed_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_hub_credit_code UNIQUE (credit_code)
)${table_options};

CREATE TABLE chain_member (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    borrower_id BIGINT NOT NULL,
    role VARCHAR(16) NOT NULL,
    trading_since DATE NOT NULL,
    CONSTRAINT uq_chain_member UNIQUE (hub_id, borrower_id),
    CONSTRAINT fk_chain_member_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id),
    CONSTRAINT fk_chain_member_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id)
)${table_options};
