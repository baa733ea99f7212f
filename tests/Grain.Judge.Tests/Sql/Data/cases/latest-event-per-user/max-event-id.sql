-- expect: fail
-- engines: sqlite postgres duckdb
SELECT e.user_id, e.event_time, e.event_type, e.page
FROM events e
WHERE e.event_id = (SELECT MAX(event_id) FROM events x WHERE x.user_id = e.user_id)
