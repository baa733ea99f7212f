-- Days where source_daily_counts and the orders table disagree (a missing side counts as 0).
-- Columns: day, source_rows, target_rows; ordered by day.
SELECT
FROM source_daily_counts
