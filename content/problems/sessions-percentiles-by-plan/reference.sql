WITH totals AS (
  SELECT a.plan, a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a
  LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.plan, a.account_id
),
ranked AS (
  SELECT plan, total,
         CUME_DIST() OVER (PARTITION BY plan ORDER BY total) AS share
  FROM totals
)
SELECT plan,
       COUNT(*) AS accounts,
       MIN(CASE WHEN share >= 0.5 THEN total END) AS p50,
       MIN(CASE WHEN share >= 0.9 THEN total END) AS p90
FROM ranked
GROUP BY plan
