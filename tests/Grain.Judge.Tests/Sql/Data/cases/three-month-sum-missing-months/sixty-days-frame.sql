-- expect: fail
-- engines: sqlite
-- Two months as 60 days over the months' first days: 1 March to 1 May is 61 days, so May loses March.
WITH monthly AS (
  SELECT a.plan, substr(x.activity_date, 1, 7) AS month,
         julianday(substr(x.activity_date, 1, 7) || '-01') AS month_day,
         SUM(x.sessions) AS sessions
  FROM activity AS x JOIN accounts AS a ON a.account_id = x.account_id
  GROUP BY 1, 2, 3
)
SELECT plan, month, sessions,
       SUM(sessions) OVER (PARTITION BY plan ORDER BY month_day RANGE BETWEEN 60 PRECEDING AND CURRENT ROW) AS sessions_3m
FROM monthly
