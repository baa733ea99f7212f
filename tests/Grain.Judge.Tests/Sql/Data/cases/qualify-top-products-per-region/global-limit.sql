-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Two rows overall instead of two per region.
SELECT c.region, f.product_key, SUM(f.amount) AS revenue
FROM fact_orders AS f
JOIN dim_customer AS c ON c.customer_key = f.customer_key
GROUP BY c.region, f.product_key
ORDER BY revenue DESC
LIMIT 2
