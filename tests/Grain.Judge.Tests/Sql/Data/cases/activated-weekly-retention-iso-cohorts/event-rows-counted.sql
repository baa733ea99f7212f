-- expect: fail
-- engines: postgres
-- Joining events instead of testing EXISTS: users with several qualifying events are counted several times.
WITH weeks AS (
  SELECT CAST(generate_series(MIN(date_trunc('week', signup_date)), MAX(date_trunc('week', signup_date)), interval '7 days') AS date) AS week_start
  FROM users
),
joined AS (
  SELECT CAST(date_trunc('week', u.signup_date) AS date) AS week_start, u.user_id,
         a.event_id AS activation, r.event_id AS comeback
  FROM users AS u
  LEFT JOIN events AS a ON a.user_id = u.user_id AND a.event_name = 'activated' AND a.event_date - u.signup_date BETWEEN 0 AND 6
  LEFT JOIN events AS r ON r.user_id = u.user_id AND r.event_date - u.signup_date BETWEEN 7 AND 13
)
SELECT to_char(w.week_start, 'IYYY-"W"IW'), w.week_start, COUNT(DISTINCT j.user_id),
       COUNT(j.activation), COUNT(j.activation) FILTER (WHERE j.comeback IS NOT NULL),
       1.0 * COUNT(j.activation) FILTER (WHERE j.comeback IS NOT NULL) / NULLIF(COUNT(j.activation), 0)
FROM weeks AS w
LEFT JOIN joined AS j ON j.week_start = w.week_start
GROUP BY w.week_start
ORDER BY w.week_start
