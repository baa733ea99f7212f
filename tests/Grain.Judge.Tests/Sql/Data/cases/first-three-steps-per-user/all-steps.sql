-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Every step, not the first three.
SELECT user_id, list(event_type ORDER BY event_time, event_id) AS first_steps
FROM events
GROUP BY user_id
