WITH days AS (
  SELECT DISTINCT account_id, activity_date FROM activity
),
flagged AS (
  SELECT account_id, activity_date,
         CASE
           WHEN activity_date - LAG(activity_date) OVER (PARTITION BY account_id ORDER BY activity_date) <= 2
           THEN 0 ELSE 1
         END AS starts_period
  FROM days
),
numbered AS (
  SELECT account_id, activity_date,
         SUM(starts_period) OVER (PARTITION BY account_id ORDER BY activity_date
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS period_no
  FROM flagged
)
SELECT account_id, MIN(activity_date) AS period_start, MAX(activity_date) AS period_end,
       COUNT(*) AS active_days
FROM numbered
GROUP BY account_id, period_no
