-- expect: pass
-- engines: duckdb
-- The change-flag route: a new streak when the previous distinct day is not the day before.
WITH days AS (SELECT DISTINCT account_id, activity_date FROM activity),
flagged AS (
  SELECT account_id, activity_date,
         CASE WHEN LAG(activity_date) OVER (PARTITION BY account_id ORDER BY activity_date) = activity_date - 1
              THEN 0 ELSE 1 END AS opens
  FROM days
),
numbered AS (
  SELECT account_id, activity_date,
         SUM(opens) OVER (PARTITION BY account_id ORDER BY activity_date ROWS UNBOUNDED PRECEDING) AS streak_no
  FROM flagged
)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(*)
FROM numbered GROUP BY account_id, streak_no HAVING COUNT(*) >= 2
