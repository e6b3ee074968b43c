-- Loan origination: borrower intake details, visits, products (as data), applications with their
-- decisions, path results, pricing and schedules, consents and the data query log, alternative
-- data held for scoring, the internal blacklist; supply-chain trade records; end-of-day balances.

ALTER TABLE borrower ADD COLUMN owners VARCHAR(500);
ALTER TABLE borrower ADD COLUMN established_on DATE;
ALTER TABLE borrower ADD COLUMN declared_revenue DECIMAL(19,2);
ALTER TABLE borrower ADD COLUMN address VARCHAR(300);
ALTER TABLE borrower ADD COLUMN household_size INT;
ALTER TABLE borrower ADD COLUMN location_lat DECIMAL(9,6);
ALTER TABLE borrower ADD COLUMN location_lon DECIMAL(9,6);
ALTER TABLE borrower ADD COLUMN settlement_account VARCHAR(34);
CREATE INDEX ix_borrower_settlement ON borrower (settlement_account);

ALTER TABLE joint_liability_group ADD COLUMN minimum_deposit DECIMAL(19,2) DEFAULT 1000.00 NOT NULL;
CREATE INDEX ix_group_member_borrower ON group_member (borrower_id);

CREATE TABLE account_manager_visit (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    account_manager_id BIGINT NOT NULL,
    visited_on DATE NOT NULL,
    assessment VARCHAR(16) NOT NULL,
    notes VARCHAR(1000),
    recorded_at ${timestamp} NOT NULL,
    CONSTRAINT fk_visit_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id),
    CONSTRAINT fk_visit_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id)
)${table_options};
CREATE INDEX ix_visit_borrower_date ON account_manager_visit (borrower_id, visited_on);
CREATE INDEX ix_visit_manager_date ON account_manager_visit (account_manager_id, visited_on);

CREATE TABLE loan_product (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name_en VARCHAR(100) NOT NULL,
    name_zh VARCHAR(100) NOT NULL,
    description_en VARCHAR(500) NOT NULL,
    description_zh VARCHAR(500) NOT NULL,
    currency CHAR(3) NOT NULL,
    min_amount DECIMAL(19,2) NOT NULL,
    max_amount DECIMAL(19,2) NOT NULL,
    min_term_months INT NOT NULL,
    max_term_months INT NOT NULL,
    floor_rate DECIMAL(9,6) NOT NULL,
    maximum_rate DECIMAL(9,6) NOT NULL,
    min_tax_history_months INT,
    min_years_in_business INT,
    required_source VARCHAR(32),
    group_loan BOOLEAN NOT NULL,
    assumed_pd DECIMAL(9,6) NOT NULL,
    loss_given_default DECIMAL(9,6) NOT NULL,
    due_diligence_cost DECIMAL(19,2) NOT NULL,
    data_cost DECIMAL(19,2) NOT NULL,
    servicing_cost_month DECIMAL(19,2) NOT NULL,
    automatic_authority DECIMAL(19,2) NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ck_product_amounts CHECK (min_amount > 0 AND min_amount <= max_amount),
    CONSTRAINT ck_product_terms CHECK (min_term_months >= 1 AND min_term_months <= max_term_months),
    CONSTRAINT ck_product_rates CHECK (floor_rate >= 0 AND floor_rate <= maximum_rate AND maximum_rate < 1)
)${table_options};
CREATE TABLE loan_product_path (
    product_code VARCHAR(32) NOT NULL,
    path VARCHAR(32) NOT NULL,
    CONSTRAINT pk_product_path PRIMARY KEY (product_code, path),
    CONSTRAINT fk_product_path FOREIGN KEY (product_code) REFERENCES loan_product (code)
)${table_options};
CREATE TABLE loan_product_method (
    product_code VARCHAR(32) NOT NULL,
    method VARCHAR(32) NOT NULL,
    CONSTRAINT pk_product_method PRIMARY KEY (product_code, method),
    CONSTRAINT fk_product_method FOREIGN KEY (product_code) REFERENCES loan_product (code)
)${table_options};
CREATE TABLE loan_product_kind (
    product_code VARCHAR(32) NOT NULL,
    borrower_kind VARCHAR(16) NOT NULL,
    CONSTRAINT pk_product_kind PRIMARY KEY (product_code, borrower_kind),
    CONSTRAINT fk_product_kind FOREIGN KEY (product_code) REFERENCES loan_product (code)
)${table_options};

INSERT INTO loan_product (code, name_en, name_zh, description_en, description_zh, currency, min_amount, max_amount,
    min_term_months, max_term_months, floor_rate, maximum_rate, min_tax_history_months, min_years_in_business,
    required_source, group_loan, assumed_pd, loss_given_default, due_diligence_cost, data_cost, servicing_cost_month,
    automatic_authority, active, version) VALUES
 ('TAX_LOAN', 'Tax-record loan', '税易贷',
  'For firms with a good tax payment history: at least 24 months of tax records; start-ups are not eligible.',
  '面向纳税记录良好的企业：至少24个月纳税记录，初创企业不适用。',
  'CNY', 10000.00, 1000000.00, 6, 36, 0.043500, 0.180000, 24, 2, 'TAX', FALSE, 0.030000, 0.600000,
  600.00, 80.00, 15.00, 300000.00, TRUE, 0),
 ('ELECTRICITY_LOAN', 'Electricity-bill loan', '电易贷',
  'Built on the firm''s power consumption: at least 12 months of electricity bills.',
  '基于企业用电数据：至少12个月电费记录。',
  'CNY', 10000.00, 500000.00, 6, 24, 0.050000, 0.180000, NULL, 1, 'ELECTRICITY', FALSE, 0.035000, 0.650000,
  500.00, 60.00, 15.00, 200000.00, TRUE, 0),
 ('GROUP_LOAN', 'Joint-liability group loan', '联保贷款',
  'For members of a joint-liability group: one member borrows at a time; every member keeps the minimum deposit.',
  '联保小组成员贷款：同一时间仅一名成员有在贷；每名成员保持最低存款。',
  'CNY', 2000.00, 50000.00, 3, 24, 0.060000, 0.200000, NULL, NULL, NULL, TRUE, 0.040000, 0.500000,
  150.00, 0.00, 8.00, 50000.00, TRUE, 0),
 ('SUPPLY_CHAIN_RECEIVABLES', 'Supply-chain receivables loan', '供应链应收账款融资',
  'For suppliers and distributors of a healthy hub enterprise, within the limit their verified trade supports.',
  '面向经营正常的核心企业上下游，额度不超过经核实贸易所支持的限额。',
  'CNY', 50000.00, 3000000.00, 1, 12, 0.040000, 0.150000, NULL, NULL, NULL, FALSE, 0.020000, 0.400000,
  800.00, 50.00, 20.00, 1000000.00, TRUE, 0),
 ('BLIND_MICRO', 'Simplified micro loan', '普惠微贷',
  'Simplified process (identity, blacklist, basic eligibility) under the programme''s hard ceiling; single loans are capped.',
  '简化流程（身份、黑名单、基本准入），受总量上限约束；单笔金额封顶。',
  'CNY', 1000.00, 30000.00, 3, 12, 0.080000, 0.240000, NULL, NULL, NULL, FALSE, 0.080000, 1.000000,
  20.00, 5.00, 3.00, 30000.00, TRUE, 0);

INSERT INTO loan_product_path (product_code, path) VALUES
 ('TAX_LOAN', 'BIG_DATA'), ('TAX_LOAN', 'DATA_CENTRE'), ('TAX_LOAN', 'RELATIONSHIP'),
 ('ELECTRICITY_LOAN', 'BIG_DATA'), ('ELECTRICITY_LOAN', 'RELATIONSHIP'),
 ('GROUP_LOAN', 'RELATIONSHIP'),
 ('SUPPLY_CHAIN_RECEIVABLES', 'SUPPLY_CHAIN'),
 ('BLIND_MICRO', 'BLIND_LENDING');
INSERT INTO loan_product_method (product_code, method) VALUES
 ('TAX_LOAN', 'EQUAL_INSTALMENT'), ('TAX_LOAN', 'EQUAL_PRINCIPAL'), ('TAX_LOAN', 'INTEREST_ONLY_BULLET'),
 ('ELECTRICITY_LOAN', 'EQUAL_INSTALMENT'), ('ELECTRICITY_LOAN', 'EQUAL_PRINCIPAL'),
 ('GROUP_LOAN', 'EQUAL_INSTALMENT'), ('GROUP_LOAN', 'EQUAL_PRINCIPAL'),
 ('SUPPLY_CHAIN_RECEIVABLES', 'INTEREST_ONLY_BULLET'),
 ('BLIND_MICRO', 'EQUAL_INSTALMENT');
INSERT INTO loan_product_kind (product_code, borrower_kind) VALUES
 ('TAX_LOAN', 'ENTERPRISE'), ('ELECTRICITY_LOAN', 'ENTERPRISE'),
 ('GROUP_LOAN', 'INDIVIDUAL'), ('GROUP_LOAN', 'ENTERPRISE'),
 ('SUPPLY_CHAIN_RECEIVABLES', 'ENTERPRISE'),
 ('BLIND_MICRO', 'INDIVIDUAL'), ('BLIND_MICRO', 'ENTERPRISE');

CREATE TABLE loan_application (
    id BIGINT NOT NULL PRIMARY KEY,
    reference VARCHAR(32) NOT NULL,
    borrower_id BIGINT NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    term_months INT NOT NULL,
    repayment_method VARCHAR(32) NOT NULL,
    purpose VARCHAR(500) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    channel_reference VARCHAR(64),
    status VARCHAR(16) NOT NULL,
    prepared_by VARCHAR(64) NOT NULL,
    submitted_at ${timestamp} NOT NULL,
    outcome VARCHAR(16),
    automatic_outcome VARCHAR(16),
    deciding_rule VARCHAR(48),
    reason_codes VARCHAR(500),
    paths_used VARCHAR(200),
    decided_at ${timestamp},
    score INT,
    probability_of_default DECIMAL(9,6),
    reviewed_by VARCHAR(64),
    review_note VARCHAR(1000),
    reviewed_at ${timestamp},
    annual_rate DECIMAL(9,6),
    maximum_rate DECIMAL(9,6),
    pricing_pd DECIMAL(9,6),
    pricing_lgd DECIMAL(9,6),
    interest_income DECIMAL(19,2),
    funding_cost DECIMAL(19,2),
    expected_loss DECIMAL(19,2),
    due_diligence_cost DECIMAL(19,2),
    data_cost DECIMAL(19,2),
    servicing_cost DECIMAL(19,2),
    expected_profit DECIMAL(19,2),
    covers_cost BOOLEAN,
    pricing_flags VARCHAR(200),
    offer_expires_on DATE,
    accepted_at ${timestamp},
    exposure_reference VARCHAR(64),
    withdrawal_reason VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT uq_application_reference UNIQUE (reference),
    CONSTRAINT uq_application_channel_ref UNIQUE (channel, channel_reference),
    CONSTRAINT fk_application_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id),
    CONSTRAINT fk_application_product FOREIGN KEY (product_code) REFERENCES loan_product (code),
    CONSTRAINT ck_application_amount CHECK (amount > 0)
)${table_options};
CREATE INDEX ix_application_status ON loan_application (status, submitted_at);
CREATE INDEX ix_application_borrower ON loan_application (borrower_id, submitted_at);

CREATE TABLE application_path_result (
    application_id BIGINT NOT NULL,
    path VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason_code VARCHAR(48) NOT NULL,
    evidence VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_application_path PRIMARY KEY (application_id, path),
    CONSTRAINT fk_application_path FOREIGN KEY (application_id) REFERENCES loan_application (id)
)${table_options};

CREATE TABLE repayment_instalment (
    application_id BIGINT NOT NULL,
    number INT NOT NULL,
    due_date DATE NOT NULL,
    principal DECIMAL(19,2) NOT NULL,
    interest DECIMAL(19,2) NOT NULL,
    total DECIMAL(19,2) NOT NULL,
    balance_after DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_repayment_instalment PRIMARY KEY (application_id, number),
    CONSTRAINT fk_instalment_application FOREIGN KEY (application_id) REFERENCES loan_application (id)
)${table_options};

CREATE TABLE data_consent (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    purpose VARCHAR(32) NOT NULL,
    granted_at ${timestamp} NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    expires_on DATE NOT NULL,
    evidence_reference VARCHAR(100) NOT NULL,
    revoked_at ${timestamp},
    revocation_reason VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_consent_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id)
)${table_options};
CREATE INDEX ix_consent_borrower ON data_consent (borrower_id);
CREATE TABLE data_consent_source (
    consent_id BIGINT NOT NULL,
    source VARCHAR(32) NOT NULL,
    CONSTRAINT pk_consent_source PRIMARY KEY (consent_id, source),
    CONSTRAINT fk_consent_source FOREIGN KEY (consent_id) REFERENCES data_consent (id)
)${table_options};

CREATE TABLE data_query_log (
    id BIGINT NOT NULL PRIMARY KEY,
    queried_at ${timestamp} NOT NULL,
    staff_login VARCHAR(64) NOT NULL,
    borrower_id BIGINT NOT NULL,
    source VARCHAR(32) NOT NULL,
    purpose VARCHAR(32) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    reason VARCHAR(500),
    cost DECIMAL(19,2) NOT NULL
)${table_options};
CREATE INDEX ix_query_borrower ON data_query_log (borrower_id, queried_at);

CREATE TABLE alternative_data (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    source VARCHAR(32) NOT NULL,
    period DATE NOT NULL,
    metric VARCHAR(32) NOT NULL,
    amount DECIMAL(19,4) NOT NULL,
    CONSTRAINT uq_alternative_data UNIQUE (borrower_id, source, period, metric),
    CONSTRAINT fk_alternative_data_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (id)
)${table_options};

CREATE TABLE blacklist_entry (
    identity_number VARCHAR(32) NOT NULL PRIMARY KEY,
    reason VARCHAR(500) NOT NULL,
    listed_at ${timestamp} NOT NULL
)${table_options};

CREATE TABLE trade_record (
    id BIGINT NOT NULL PRIMARY KEY,
    hub_id BIGINT NOT NULL,
    borrower_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    document_number VARCHAR(64) NOT NULL,
    trade_date DATE NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    hub_confirmed BOOLEAN NOT NULL,
    CONSTRAINT uq_trade_document UNIQUE (hub_id, kind, document_number),
    CONSTRAINT fk_trade_hub FOREIGN KEY (hub_id) REFERENCES hub_enterprise (id),
    CONSTRAINT ck_trade_amount CHECK (amount > 0)
)${table_options};
CREATE INDEX ix_trade_member ON trade_record (borrower_id, hub_id, trade_date);

CREATE TABLE account_balance (
    account_number VARCHAR(34) NOT NULL,
    business_date DATE NOT NULL,
    balance DECIMAL(19,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    CONSTRAINT pk_account_balance PRIMARY KEY (account_number, business_date)
)${table_options};
