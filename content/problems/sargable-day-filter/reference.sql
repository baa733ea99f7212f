SELECT event_type, COUNT(*) AS events
FROM events
WHERE event_time >= '2024-01-03' AND event_time < '2024-01-04'
GROUP BY event_type
