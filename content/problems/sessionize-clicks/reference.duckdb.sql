WITH ordered AS (
  SELECT user_id, event_id, event_time,
         LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS previous
  FROM events
),
flagged AS (
  SELECT user_id, event_id, event_time,
         CASE WHEN previous IS NULL OR event_time - previous > INTERVAL '30 minutes' THEN 1 ELSE 0 END AS starts
  FROM ordered
),
numbered AS (
  SELECT user_id, event_id, event_time,
         SUM(starts) OVER (PARTITION BY user_id ORDER BY event_time, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_number
  FROM flagged
)
SELECT user_id, session_number, MIN(event_time) AS session_start, MAX(event_time) AS session_end, COUNT(*) AS events
FROM numbered
GROUP BY user_id, session_number
