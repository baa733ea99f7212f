-- Growth accounting: one row per calendar month from the first to the last month with activity.
-- Columns: month ('YYYY-MM'), new, retained, resurrected, churned; ordered by month.
SELECT
FROM activity
