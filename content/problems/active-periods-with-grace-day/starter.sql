-- Active periods per account, bridging single missed days.
-- Columns: account_id, period_start, period_end, active_days; any order.
SELECT
FROM activity
