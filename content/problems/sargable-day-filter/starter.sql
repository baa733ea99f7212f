-- Events per type on 3 January 2024, written so the index events_time can be used.
-- Columns: event_type, events; any order.
SELECT event_type, COUNT(*) AS events
FROM events
WHERE date(event_time) = '2024-01-03'
GROUP BY event_type
