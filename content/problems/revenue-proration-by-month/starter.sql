-- Contract revenue recognised per calendar month, pro rata by days.
-- Columns: month_start, recognized; ordered by month_start.
SELECT
FROM calendar_months
