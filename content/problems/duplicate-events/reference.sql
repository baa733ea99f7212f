SELECT user_id, event_time, event_type, page, COUNT(*) AS copies
FROM events
GROUP BY user_id, event_time, event_type, page
HAVING COUNT(*) > 1
