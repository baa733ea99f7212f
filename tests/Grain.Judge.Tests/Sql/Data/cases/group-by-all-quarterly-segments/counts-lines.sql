-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Counts order lines, not orders.
SELECT d.year, d.quarter, c.segment, SUM(f.amount) AS revenue, COUNT(*) AS orders
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
JOIN dim_customer AS c ON c.customer_key = f.customer_key
GROUP BY ALL
HAVING COUNT(*) >= 2
