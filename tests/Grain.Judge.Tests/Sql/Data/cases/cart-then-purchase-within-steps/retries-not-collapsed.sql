-- expect: fail
-- engines: sqlite
-- Retries kept as steps: a retried cart counts twice and a retried view pushes the purchase out of reach.
WITH marked AS (
  SELECT user_id, event_type,
         MAX(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) OVER (
           PARTITION BY user_id ORDER BY event_time, event_id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) AS buys_soon
  FROM events
)
SELECT u.user_id, COUNT(m.user_id), COALESCE(SUM(m.buys_soon), 0)
FROM users AS u LEFT JOIN marked AS m ON m.user_id = u.user_id AND m.event_type = 'cart'
GROUP BY u.user_id
