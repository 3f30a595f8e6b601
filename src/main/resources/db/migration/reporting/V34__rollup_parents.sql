-- Roll-up rows per child organisation (package rollup): each contribution and each total remembers the organisation's
-- parent in its hierarchy (H: on the period's last day; C: today's), so "the children of X over these periods" is one
-- index range of report_total instead of a walk of the registry per organisation. NULL for a root (the nation).
ALTER TABLE report_contribution ADD COLUMN parent_id BIGINT;
ALTER TABLE report_total ADD COLUMN parent_id BIGINT;
CREATE INDEX report_total_parent_ix ON report_total (hierarchy, indicator_code, parent_id, period_id)
    INCLUDE (organization_id, value_sum, value_count);
