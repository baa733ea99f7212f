-- expect: fail
-- engines: duckdb
-- Looks only at the very next step.
WITH steps AS (
  SELECT user_id, event_time, event_type, MIN(event_id) AS first_id
  FROM events GROUP BY user_id, event_time, event_type, page
),
marked AS (
  SELECT user_id, event_type,
         LEAD(event_type) OVER (PARTITION BY user_id ORDER BY event_time, first_id) AS next_type
  FROM steps
)
SELECT u.user_id, COUNT(m.user_id), COUNT(*) FILTER (WHERE m.next_type = 'purchase')
FROM users AS u LEFT JOIN marked AS m ON m.user_id = u.user_id AND m.event_type = 'cart'
GROUP BY u.user_id
