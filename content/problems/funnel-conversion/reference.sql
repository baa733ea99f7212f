SELECT u.country,
       COUNT(DISTINCT CASE WHEN e.event_type = 'view' THEN e.user_id END) AS viewers,
       COUNT(DISTINCT CASE WHEN e.event_type = 'cart' THEN e.user_id END) AS carters,
       COUNT(DISTINCT CASE WHEN e.event_type = 'purchase' THEN e.user_id END) AS buyers,
       1.0 * COUNT(DISTINCT CASE WHEN e.event_type = 'purchase' THEN e.user_id END)
           / NULLIF(COUNT(DISTINCT CASE WHEN e.event_type = 'view' THEN e.user_id END), 0) AS conversion
FROM users AS u
JOIN events AS e ON e.user_id = u.user_id
GROUP BY u.country
