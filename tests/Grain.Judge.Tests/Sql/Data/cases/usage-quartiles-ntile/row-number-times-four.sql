-- expect: fail
-- engines: sqlite
-- Hand-rolled buckets (rn - 1) * 4 / n: with a count not divisible by 4 the larger buckets fall elsewhere.
WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
tiled AS (
  SELECT total,
         (ROW_NUMBER() OVER (ORDER BY total DESC, account_id) - 1) * 4 / COUNT(*) OVER () + 1 AS quartile
  FROM totals
)
SELECT quartile, COUNT(*), MIN(total), MAX(total),
       1.0 * SUM(total) / (SELECT SUM(total) FROM totals) AS session_share
FROM tiled GROUP BY quartile ORDER BY quartile
