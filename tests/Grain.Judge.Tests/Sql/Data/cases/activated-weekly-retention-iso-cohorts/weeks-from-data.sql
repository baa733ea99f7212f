-- expect: fail
-- engines: postgres
-- Weeks taken from the signups themselves: a week without signups has no row.
WITH per_user AS (
  SELECT u.user_id, CAST(date_trunc('week', u.signup_date) AS date) AS week_start,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id AND e.event_name = 'activated'
                   AND e.event_date - u.signup_date BETWEEN 0 AND 6) AS activated,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND e.event_date - u.signup_date BETWEEN 7 AND 13) AS came_back
  FROM users AS u
)
SELECT to_char(week_start, 'IYYY-"W"IW'), week_start, COUNT(*),
       COUNT(*) FILTER (WHERE activated), COUNT(*) FILTER (WHERE activated AND came_back),
       1.0 * COUNT(*) FILTER (WHERE activated AND came_back) / NULLIF(COUNT(*) FILTER (WHERE activated), 0)
FROM per_user
GROUP BY week_start
ORDER BY week_start
