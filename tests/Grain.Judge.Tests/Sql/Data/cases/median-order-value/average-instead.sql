-- expect: fail
-- engines: sqlite postgres duckdb
SELECT c.region, AVG(f.amount) FROM fact_orders f JOIN dim_customer c ON c.customer_key = f.customer_key GROUP BY c.region
