WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a
  LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
tiled AS (
  SELECT account_id, total,
         NTILE(4) OVER (ORDER BY total DESC, account_id) AS quartile
  FROM totals
)
SELECT quartile,
       COUNT(*) AS accounts,
       MIN(total) AS min_total,
       MAX(total) AS max_total,
       1.0 * SUM(total) / NULLIF((SELECT SUM(total) FROM totals), 0) AS session_share
FROM tiled
GROUP BY quartile
ORDER BY quartile
