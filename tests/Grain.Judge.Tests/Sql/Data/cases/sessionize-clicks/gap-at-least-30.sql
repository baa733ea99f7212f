-- expect: fail
-- engines: sqlite
WITH o AS (SELECT user_id, event_time, LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time) AS prev FROM events),
f AS (SELECT user_id, event_time, CASE WHEN prev IS NULL OR strftime('%s', event_time) - strftime('%s', prev) >= 1800 THEN 1 ELSE 0 END AS s FROM o),
n AS (SELECT user_id, event_time, SUM(s) OVER (PARTITION BY user_id ORDER BY event_time ROWS UNBOUNDED PRECEDING) AS k FROM f)
SELECT user_id, k, MIN(event_time), MAX(event_time), COUNT(*) FROM n GROUP BY user_id, k
