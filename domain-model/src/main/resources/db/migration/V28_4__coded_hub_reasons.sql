-- Issue 26 / ADR 0027: texts people read are stored as codes with arguments. The two fixed English
-- sentences the hub context stored become their codes, so old rows read in the reader's language;
-- other sentences stored before codes (with figures in them) are shown as they were written.
UPDATE hub_enterprise SET status_reason = 'HUB_ONBOARDED' WHERE status_reason = 'Onboarded';
UPDATE hub_indicator_reading SET findings = 'HUB_INDICATORS_NORMAL'
    WHERE findings = 'All indicators within NORMAL thresholds';
