-- expect: pass
-- engines: sqlite postgres duckdb
SELECT d.full_date, SUM(f.amount), SUM(SUM(f.amount)) OVER (ORDER BY d.full_date)
FROM fact_orders f JOIN dim_date d ON d.date_key = f.date_key
WHERE d.year = 2023 GROUP BY d.full_date ORDER BY d.full_date
