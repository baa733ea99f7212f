WITH steps AS (
  SELECT user_id, event_time, event_type, MIN(event_id) AS first_id
  FROM events
  GROUP BY user_id, event_time, event_type, page
),
marked AS (
  SELECT user_id, event_type,
         MAX(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) OVER (
           PARTITION BY user_id ORDER BY event_time, first_id
           ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING
         ) AS buys_soon
  FROM steps
)
SELECT u.user_id,
       COUNT(m.user_id) AS carts,
       COALESCE(SUM(m.buys_soon), 0) AS converted
FROM users AS u
LEFT JOIN marked AS m ON m.user_id = u.user_id AND m.event_type = 'cart'
GROUP BY u.user_id
