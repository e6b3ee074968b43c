-- External data over the wire (issue 27, ADR 0021): each logged data query records which provider
-- was called (null for the local table and file adapters), the reason code of a refusal or failure
-- (rendered through the bundles; reason keeps the technical detail), the cost rule of the provider's
-- contract that priced it, the request id sent (the provider's idempotency key), how many attempts
-- were made, how long the call took, and what the provider answered with: its record ids and the
-- as-of date of its data. Spend per provider and day is summed from these rows (budgets, dashboard).
ALTER TABLE data_query_log ADD COLUMN provider VARCHAR(32);
ALTER TABLE data_query_log ADD COLUMN reason_code VARCHAR(48);
ALTER TABLE data_query_log ADD COLUMN cost_rule VARCHAR(24);
ALTER TABLE data_query_log ADD COLUMN request_id VARCHAR(64);
ALTER TABLE data_query_log ADD COLUMN attempts INT;
ALTER TABLE data_query_log ADD COLUMN latency_ms INT;
ALTER TABLE data_query_log ADD COLUMN provider_records VARCHAR(500);
ALTER TABLE data_query_log ADD COLUMN as_of DATE;
CREATE INDEX ix_query_provider ON data_query_log (provider, queried_at);
CREATE INDEX ix_query_reference ON data_query_log (reference);
