WITH totals AS (
  SELECT a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a
  LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.account_id
),
shares AS (
  SELECT total, CUME_DIST() OVER (ORDER BY total) AS cume_share
  FROM totals
)
SELECT total, COUNT(*) AS accounts, MAX(cume_share) AS cume_share
FROM shares
GROUP BY total
ORDER BY total
