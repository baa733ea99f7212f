WITH first_view AS (
  SELECT user_id, MIN(event_time) AS viewed_at
  FROM events
  WHERE event_type = 'view'
  GROUP BY user_id
),
first_cart AS (
  SELECT f.user_id, f.viewed_at, MIN(e.event_time) AS carted_at
  FROM first_view AS f
  JOIN events AS e
    ON e.user_id = f.user_id
   AND e.event_type = 'cart'
   AND e.event_time >= f.viewed_at
   AND e.event_time <= f.viewed_at + INTERVAL '60 minutes'
  GROUP BY f.user_id, f.viewed_at
),
purchased AS (
  SELECT DISTINCT c.user_id
  FROM first_cart AS c
  JOIN events AS e
    ON e.user_id = c.user_id
   AND e.event_type = 'purchase'
   AND e.event_time >= c.carted_at
   AND e.event_time <= c.viewed_at + INTERVAL '60 minutes'
)
SELECT u.country,
       COUNT(f.user_id) AS viewers,
       COUNT(c.user_id) AS carted,
       COUNT(p.user_id) AS purchased,
       ROUND(1.0 * COUNT(p.user_id) / NULLIF(COUNT(f.user_id), 0), 4) AS conversion
FROM users AS u
LEFT JOIN first_view AS f ON f.user_id = u.user_id
LEFT JOIN first_cart AS c ON c.user_id = u.user_id
LEFT JOIN purchased AS p ON p.user_id = u.user_id
GROUP BY u.country
