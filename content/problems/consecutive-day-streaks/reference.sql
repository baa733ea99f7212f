WITH days AS (
  SELECT DISTINCT account_id, activity_date FROM activity
),
grouped AS (
  SELECT account_id, activity_date,
         julianday(activity_date)
           - ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY activity_date) AS streak_key
  FROM days
)
SELECT account_id,
       MIN(activity_date) AS streak_start,
       MAX(activity_date) AS streak_end,
       COUNT(*) AS days
FROM grouped
GROUP BY account_id, streak_key
HAVING COUNT(*) >= 2
