-- 2024 revenue per day and running total, ordered by date.
-- Columns: full_date, revenue, running_total (ORDER BY full_date).
SELECT
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
