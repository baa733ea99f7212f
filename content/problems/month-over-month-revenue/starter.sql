-- Revenue per month, previous month's revenue and growth in percent.
-- Columns: year, month, revenue, previous_revenue, growth_pct (ORDER BY year, month).
SELECT
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
