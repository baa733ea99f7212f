-- expect: pass
-- engines: sqlite
SELECT u.signup_date, COUNT(DISTINCT u.user_id), COUNT(DISTINCT e.user_id),
       1.0 * COUNT(DISTINCT e.user_id) / COUNT(DISTINCT u.user_id)
FROM users u
LEFT JOIN events e ON e.user_id = u.user_id AND date(e.event_time) = date(u.signup_date, '+1 day')
GROUP BY u.signup_date
