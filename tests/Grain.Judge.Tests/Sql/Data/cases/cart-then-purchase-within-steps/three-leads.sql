-- expect: pass
-- engines: postgres
-- LEAD at offsets 1, 2 and 3 over the collapsed steps: the verbose equivalent of the forward frame.
WITH steps AS (
  SELECT user_id, event_time, event_type, MIN(event_id) AS first_id
  FROM events GROUP BY user_id, event_time, event_type, page
),
ahead AS (
  SELECT user_id, event_type,
         LEAD(event_type, 1) OVER w AS n1, LEAD(event_type, 2) OVER w AS n2, LEAD(event_type, 3) OVER w AS n3
  FROM steps
  WINDOW w AS (PARTITION BY user_id ORDER BY event_time, first_id)
)
SELECT u.user_id, COUNT(a.user_id) AS carts,
       COUNT(CASE WHEN 'purchase' IN (a.n1, a.n2, a.n3) THEN 1 END) AS converted
FROM users AS u LEFT JOIN ahead AS a ON a.user_id = u.user_id AND a.event_type = 'cart'
GROUP BY u.user_id
