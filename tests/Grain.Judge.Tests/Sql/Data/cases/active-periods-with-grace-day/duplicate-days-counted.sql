-- expect: fail
-- engines: postgres
-- Without DISTINCT, a day logged twice counts as two active days.
WITH flagged AS (
  SELECT account_id, activity_date,
         CASE WHEN activity_date - LAG(activity_date) OVER (PARTITION BY account_id ORDER BY activity_date) <= 2 THEN 0 ELSE 1 END AS s
  FROM activity
),
numbered AS (
  SELECT account_id, activity_date, SUM(s) OVER (PARTITION BY account_id ORDER BY activity_date ROWS UNBOUNDED PRECEDING) AS n
  FROM flagged
)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(*) FROM numbered GROUP BY account_id, n
