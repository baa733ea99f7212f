SELECT user_id, event_time, event_type, page
FROM (
  SELECT user_id, event_time, event_type, page,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY event_time DESC, event_id DESC) AS rn
  FROM events
) AS latest
WHERE rn = 1
