-- expect: fail
-- engines: sqlite
-- ROWS frame: after a missing month the frame reaches back to a month outside the three.
WITH monthly AS (
  SELECT a.plan, strftime('%Y-%m', x.activity_date) AS month, SUM(x.sessions) AS sessions
  FROM activity AS x JOIN accounts AS a ON a.account_id = x.account_id
  GROUP BY 1, 2
)
SELECT plan, month, sessions,
       SUM(sessions) OVER (PARTITION BY plan ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS sessions_3m
FROM monthly
