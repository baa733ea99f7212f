-- Revenue per category and month, next to the same month one year earlier.
-- Columns: category, year, month, revenue, last_year_revenue, yoy_pct; any order.
SELECT
FROM fact_orders
