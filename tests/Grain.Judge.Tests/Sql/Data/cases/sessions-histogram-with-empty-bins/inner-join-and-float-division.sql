-- expect: fail
-- engines: duckdb
-- Inner join drops accounts without activity, and DuckDB's / does not truncate.
WITH totals AS (
  SELECT x.account_id, SUM(x.sessions) AS total FROM activity AS x GROUP BY x.account_id
),
bins AS (SELECT generate_series AS bucket_start FROM generate_series(0, (SELECT CAST(MAX(total) AS BIGINT) FROM totals), 10))
SELECT b.bucket_start, b.bucket_start + 10 AS bucket_end, COUNT(t.total) AS accounts
FROM bins AS b LEFT JOIN totals AS t ON CAST(t.total / 10 AS INTEGER) * 10 = b.bucket_start
GROUP BY b.bucket_start
ORDER BY b.bucket_start
