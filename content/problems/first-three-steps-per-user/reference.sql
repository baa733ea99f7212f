SELECT user_id, list(event_type ORDER BY event_time, event_id)[1:3] AS first_steps
FROM events
GROUP BY user_id
