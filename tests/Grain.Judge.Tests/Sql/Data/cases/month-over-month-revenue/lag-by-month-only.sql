-- expect: fail
-- engines: sqlite postgres duckdb
WITH m AS (SELECT d.year, d.month, SUM(f.amount) AS r FROM fact_orders f JOIN dim_date d ON d.date_key = f.date_key GROUP BY d.year, d.month)
SELECT year, month, r, LAG(r) OVER (ORDER BY month), 100.0 * (r - LAG(r) OVER (ORDER BY month)) / LAG(r) OVER (ORDER BY month)
FROM m ORDER BY year, month
