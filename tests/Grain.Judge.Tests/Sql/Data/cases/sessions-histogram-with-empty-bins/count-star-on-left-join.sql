-- expect: fail
-- engines: duckdb
-- COUNT(*) over the LEFT JOIN: every empty bin shows 1 instead of 0.
WITH RECURSIVE totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
binned AS (SELECT total - total % 10 AS bucket_start FROM totals),
bins(bucket_start) AS (
  SELECT 0 UNION ALL
  SELECT bucket_start + 10 FROM bins WHERE bucket_start + 10 <= (SELECT MAX(bucket_start) FROM binned)
)
SELECT b.bucket_start, b.bucket_start + 10 AS bucket_end, COUNT(*) AS accounts
FROM bins AS b LEFT JOIN binned AS x ON x.bucket_start = b.bucket_start
GROUP BY b.bucket_start
ORDER BY b.bucket_start
