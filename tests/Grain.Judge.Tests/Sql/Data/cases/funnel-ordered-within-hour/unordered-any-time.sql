-- expect: fail
-- engines: sqlite postgres duckdb
-- Counts users who ever did each step, in any order and at any time.
SELECT u.country,
       COUNT(DISTINCT CASE WHEN e.event_type = 'view' THEN u.user_id END),
       COUNT(DISTINCT CASE WHEN e.event_type = 'cart' THEN u.user_id END),
       COUNT(DISTINCT CASE WHEN e.event_type = 'purchase' THEN u.user_id END),
       ROUND(1.0 * COUNT(DISTINCT CASE WHEN e.event_type = 'purchase' THEN u.user_id END)
             / NULLIF(COUNT(DISTINCT CASE WHEN e.event_type = 'view' THEN u.user_id END), 0), 4)
FROM users AS u LEFT JOIN events AS e ON e.user_id = u.user_id
GROUP BY u.country
