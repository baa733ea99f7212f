-- expect: pass
-- engines: duckdb
-- DuckDB allows DISTINCT inside a window aggregate.
SELECT DISTINCT activity_date,
       COUNT(DISTINCT account_id) OVER (PARTITION BY activity_date) AS active_accounts,
       COUNT(DISTINCT account_id) OVER (ORDER BY activity_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS accounts_to_date
FROM activity
