-- Scorecards trained on data (versioned: header with scaling and report figures, variables with
-- information value and coefficient, bins with counts, WOE and points, calibration bands),
-- their activation under maker-checker, the scores every decision records for the champion and
-- the challenger; the data gateway's response cache and the query log's application reference.

CREATE TABLE scorecard (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    version_number INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    data_set VARCHAR(200) NOT NULL,
    target_column VARCHAR(100) NOT NULL,
    bad_value VARCHAR(100) NOT NULL,
    sample_rows INT NOT NULL,
    goods INT NOT NULL,
    bads INT NOT NULL,
    base_score INT NOT NULL,
    base_odds DOUBLE NOT NULL,
    points_to_double INT NOT NULL,
    intercept DOUBLE NOT NULL,
    fit_iterations INT NOT NULL,
    auc DOUBLE NOT NULL,
    ks DOUBLE NOT NULL,
    gini DOUBLE NOT NULL,
    cutoff_score INT NOT NULL,
    true_positives INT NOT NULL,
    false_positives INT NOT NULL,
    true_negatives INT NOT NULL,
    false_negatives INT NOT NULL,
    cv_folds INT,
    cv_repeats INT,
    cv_seed BIGINT,
    cv_mean_auc DOUBLE,
    cv_sd_auc DOUBLE,
    training_options VARCHAR(300) NOT NULL,
    maps_to_gateway BOOLEAN NOT NULL,
    trained_by VARCHAR(64) NOT NULL,
    trained_at ${timestamp} NOT NULL,
    activated_at ${timestamp},
    version BIGINT NOT NULL,
    CONSTRAINT uq_scorecard_version UNIQUE (name, version_number),
    CONSTRAINT ck_scorecard_counts CHECK (goods > 0 AND bads > 0 AND sample_rows = goods + bads)
)${table_options};
CREATE INDEX ix_scorecard_status ON scorecard (status);

CREATE TABLE scorecard_variable (
    scorecard_id BIGINT NOT NULL,
    variable VARCHAR(100) NOT NULL,
    seq INT NOT NULL,
    kind VARCHAR(8) NOT NULL,
    bin_count INT NOT NULL,
    information_value DOUBLE NOT NULL,
    selected BOOLEAN NOT NULL,
    exclusion VARCHAR(200),
    coefficient DOUBLE NOT NULL,
    standard_error DOUBLE NOT NULL,
    CONSTRAINT pk_scorecard_variable PRIMARY KEY (scorecard_id, variable),
    CONSTRAINT fk_scorecard_variable FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
)${table_options};

CREATE TABLE scorecard_bin (
    scorecard_id BIGINT NOT NULL,
    variable VARCHAR(100) NOT NULL,
    ordinal INT NOT NULL,
    label VARCHAR(1000) NOT NULL,
    lower_bound DOUBLE,
    upper_bound DOUBLE,
    categories VARCHAR(2000),
    missing_values BOOLEAN NOT NULL,
    other_categories BOOLEAN NOT NULL,
    goods INT NOT NULL,
    bads INT NOT NULL,
    woe DOUBLE NOT NULL,
    points INT NOT NULL,
    CONSTRAINT pk_scorecard_bin PRIMARY KEY (scorecard_id, variable, ordinal),
    CONSTRAINT fk_scorecard_bin FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
)${table_options};

CREATE TABLE scorecard_band (
    scorecard_id BIGINT NOT NULL,
    band INT NOT NULL,
    from_score INT NOT NULL,
    to_score INT NOT NULL,
    applicants INT NOT NULL,
    bads INT NOT NULL,
    observed_bad_rate DOUBLE NOT NULL,
    predicted_pd DOUBLE NOT NULL,
    CONSTRAINT pk_scorecard_band PRIMARY KEY (scorecard_id, band),
    CONSTRAINT fk_scorecard_band FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
)${table_options};

CREATE TABLE scorecard_activation (
    id BIGINT NOT NULL PRIMARY KEY,
    scorecard_id BIGINT NOT NULL,
    card_role VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    proposed_by VARCHAR(64) NOT NULL,
    proposed_at ${timestamp} NOT NULL,
    decided_by VARCHAR(64),
    decided_at ${timestamp},
    decision_note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_activation_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
)${table_options};
CREATE INDEX ix_activation_status ON scorecard_activation (status, id);

CREATE TABLE scorecard_score (
    id BIGINT NOT NULL PRIMARY KEY,
    scorecard_id BIGINT NOT NULL,
    card_role VARCHAR(16) NOT NULL,
    application_id BIGINT NOT NULL,
    borrower_id BIGINT NOT NULL,
    scored_at ${timestamp} NOT NULL,
    score INT NOT NULL,
    probability_of_default DECIMAL(9,6) NOT NULL,
    reason_codes VARCHAR(500),
    bin_indexes VARCHAR(500) NOT NULL,
    CONSTRAINT fk_score_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
)${table_options};
CREATE INDEX ix_score_card_time ON scorecard_score (scorecard_id, scored_at);
CREATE INDEX ix_score_application ON scorecard_score (application_id);

CREATE TABLE gateway_response (
    id BIGINT NOT NULL PRIMARY KEY,
    borrower_id BIGINT NOT NULL,
    source VARCHAR(32) NOT NULL,
    adapter VARCHAR(32) NOT NULL,
    fetched_at ${timestamp} NOT NULL,
    expires_at ${timestamp} NOT NULL,
    payload ${clob} NOT NULL
)${table_options};
CREATE INDEX ix_gateway_response ON gateway_response (borrower_id, source, expires_at);
CREATE INDEX ix_gateway_response_expiry ON gateway_response (expires_at);

ALTER TABLE data_query_log ADD COLUMN reference VARCHAR(64);
ALTER TABLE data_query_log ADD COLUMN adapter VARCHAR(32);
