-- expect: fail
-- engines: postgres
-- An interval frame, but not partitioned by plan: every plan's months are summed together.
WITH monthly AS (
  SELECT a.plan, date_trunc('month', x.activity_date) AS m, SUM(x.sessions) AS sessions
  FROM activity AS x JOIN accounts AS a ON a.account_id = x.account_id
  GROUP BY 1, 2
)
SELECT plan, to_char(m, 'YYYY-MM') AS month, sessions,
       SUM(sessions) OVER (ORDER BY m RANGE BETWEEN INTERVAL '2 months' PRECEDING AND CURRENT ROW) AS sessions_3m
FROM monthly
