-- expect: fail
-- engines: duckdb
-- Inner join: accounts that never used the app are not in the distribution.
WITH totals AS (
  SELECT account_id, SUM(sessions) AS total FROM activity GROUP BY account_id
)
SELECT total, COUNT(*) AS accounts, MAX(cume_share) AS cume_share
FROM (SELECT total, CUME_DIST() OVER (ORDER BY total) AS cume_share FROM totals) AS s
GROUP BY total ORDER BY total
