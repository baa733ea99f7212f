SELECT p.event_id AS purchase_id, p.user_id, v.event_time AS last_view_time
FROM (SELECT event_id, user_id, event_time FROM events WHERE event_type = 'purchase') AS p
ASOF LEFT JOIN (SELECT user_id, event_time FROM events WHERE event_type = 'view') AS v
  ON p.user_id = v.user_id AND v.event_time < p.event_time
