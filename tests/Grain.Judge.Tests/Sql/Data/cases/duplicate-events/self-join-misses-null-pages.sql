-- expect: fail
-- engines: sqlite postgres duckdb
SELECT a.user_id, a.event_time, a.event_type, a.page, COUNT(*)
FROM events a JOIN events b
  ON a.user_id = b.user_id AND a.event_time = b.event_time AND a.event_type = b.event_type AND a.page = b.page
GROUP BY a.user_id, a.event_time, a.event_type, a.page, a.event_id
HAVING COUNT(*) > 1
