-- expect: fail
-- engines: sqlite
-- Buckets from ROW_NUMBER: when the count does not divide by 4 the larger buckets are not the first ones.
WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
tiled AS (
  SELECT account_id, total,
         1 + (ROW_NUMBER() OVER (ORDER BY total DESC, account_id) - 1) * 4 / COUNT(*) OVER () AS quartile
  FROM totals
)
SELECT quartile, COUNT(*), MIN(total), MAX(total), 1.0 * SUM(total) / (SELECT SUM(total) FROM totals)
FROM tiled GROUP BY quartile ORDER BY quartile
