-- expect: fail
-- engines: sqlite
-- ROW_NUMBER / COUNT: tied accounts get different shares, so the largest is not always the one kept.
WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
shares AS (
  SELECT total, 1.0 * ROW_NUMBER() OVER (ORDER BY total) / COUNT(*) OVER () AS share FROM totals
)
SELECT total, COUNT(*), MIN(share) FROM shares GROUP BY total ORDER BY total
