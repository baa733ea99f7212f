-- DAU/MAU stickiness per calendar month.
-- Columns: month ('YYYY-MM'), mau, avg_dau (2 decimals), stickiness (4 decimals); ordered by month.
SELECT
FROM activity
