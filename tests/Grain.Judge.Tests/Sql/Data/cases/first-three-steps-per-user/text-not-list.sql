-- expect: fail
-- engines: duckdb
-- verdict: WA
-- A comma-separated text is not a list.
SELECT user_id, string_agg(event_type, ',' ORDER BY event_time, event_id) AS first_steps
FROM events
GROUP BY user_id
