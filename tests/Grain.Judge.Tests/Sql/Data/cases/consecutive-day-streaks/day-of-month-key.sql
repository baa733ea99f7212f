-- expect: fail
-- engines: postgres
-- Day of month minus the row number: the key jumps at every month boundary.
WITH days AS (SELECT DISTINCT account_id, activity_date FROM activity),
grouped AS (
  SELECT account_id, activity_date,
         EXTRACT(MONTH FROM activity_date) * 100 + EXTRACT(DAY FROM activity_date)
           - ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY activity_date) AS streak_key
  FROM days
)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(*)
FROM grouped
GROUP BY account_id, streak_key
HAVING COUNT(*) >= 2
