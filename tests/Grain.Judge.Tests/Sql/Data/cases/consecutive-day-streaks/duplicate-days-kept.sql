-- expect: fail
-- engines: sqlite
-- Row numbers over raw rows: a day written twice advances the row number and splits the streak.
WITH grouped AS (
  SELECT account_id, activity_date,
         julianday(activity_date) - ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY activity_date) AS streak_key
  FROM activity
)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(DISTINCT activity_date)
FROM grouped
GROUP BY account_id, streak_key
HAVING COUNT(DISTINCT activity_date) >= 2
