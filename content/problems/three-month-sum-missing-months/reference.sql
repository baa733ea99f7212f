WITH monthly AS (
  SELECT a.plan,
         substr(CAST(x.activity_date AS TEXT), 1, 7) AS month,
         CAST(substr(CAST(x.activity_date AS TEXT), 1, 4) AS INTEGER) * 12
           + CAST(substr(CAST(x.activity_date AS TEXT), 6, 2) AS INTEGER) AS month_no,
         SUM(x.sessions) AS sessions
  FROM activity AS x
  JOIN accounts AS a ON a.account_id = x.account_id
  GROUP BY 1, 2, 3
)
SELECT plan, month, sessions,
       SUM(sessions) OVER (
         PARTITION BY plan ORDER BY month_no
         RANGE BETWEEN 2 PRECEDING AND CURRENT ROW
       ) AS sessions_3m
FROM monthly
