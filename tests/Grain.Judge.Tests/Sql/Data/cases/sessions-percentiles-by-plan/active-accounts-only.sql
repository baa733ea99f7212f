-- expect: fail
-- engines: sqlite
-- An inner join drops accounts with no activity, which moves every percentile up.
WITH totals AS (
  SELECT a.plan, a.account_id, SUM(x.sessions) AS total
  FROM accounts AS a JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.plan, a.account_id
),
ranked AS (SELECT plan, total, CUME_DIST() OVER (PARTITION BY plan ORDER BY total) AS share FROM totals)
SELECT plan, COUNT(*), MIN(CASE WHEN share >= 0.5 THEN total END), MIN(CASE WHEN share >= 0.9 THEN total END)
FROM ranked GROUP BY plan
