-- expect: fail
-- engines: postgres
-- PERCENT_RANK measures the share strictly below (rank - 1) / (n - 1), not the share at or below.
WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
)
SELECT total, COUNT(*) AS accounts, MAX(share) AS cume_share
FROM (SELECT total, PERCENT_RANK() OVER (ORDER BY total) AS share FROM totals) AS s
GROUP BY total
ORDER BY total
