-- expect: fail
-- engines: sqlite
-- Bins taken from the data: bins that no account falls into are missing.
WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
)
SELECT total / 10 * 10 AS bucket_start, total / 10 * 10 + 10 AS bucket_end, COUNT(*) AS accounts
FROM totals
GROUP BY 1
ORDER BY 1
