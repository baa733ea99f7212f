WITH flags AS (
  SELECT u.user_id, u.signup_date,
         CASE WHEN EXISTS (
           SELECT 1 FROM events AS e
           WHERE e.user_id = u.user_id AND e.event_time::date = u.signup_date + 1
         ) THEN 1 ELSE 0 END AS retained
  FROM users AS u
)
SELECT signup_date, COUNT(*) AS users, SUM(retained) AS retained, 1.0 * SUM(retained) / COUNT(*) AS retention
FROM flags
GROUP BY signup_date
