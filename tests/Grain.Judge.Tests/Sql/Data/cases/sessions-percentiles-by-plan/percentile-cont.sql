-- expect: fail
-- engines: postgres
-- Interpolated percentiles average neighbours instead of returning a value some account has.
WITH totals AS (
  SELECT a.plan, a.account_id, COALESCE(SUM(x.sessions), 0) AS total
  FROM accounts AS a LEFT JOIN activity AS x ON x.account_id = a.account_id
  GROUP BY a.plan, a.account_id
)
SELECT plan, COUNT(*),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY total),
       percentile_cont(0.9) WITHIN GROUP (ORDER BY total)
FROM totals GROUP BY plan
