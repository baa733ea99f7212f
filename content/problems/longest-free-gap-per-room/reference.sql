WITH minutes AS (
  SELECT room_id,
         date(starts_at) AS day,
         (strftime('%s', starts_at) - strftime('%s', date(starts_at))) / 60 AS start_min,
         (strftime('%s', ends_at) - strftime('%s', date(starts_at))) / 60 AS end_min
  FROM bookings
),
covered AS (
  SELECT room_id, day, start_min, end_min,
         MAX(end_min) OVER (
           PARTITION BY room_id, day ORDER BY start_min, end_min
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
         ) AS busy_until
  FROM minutes
),
gaps AS (
  SELECT room_id, day, MIN(start_min, 1080) - MAX(COALESCE(busy_until, 480), 480) AS gap
  FROM covered
  UNION ALL
  SELECT room_id, day, 1080 - MAX(MAX(end_min), 480)
  FROM minutes
  GROUP BY room_id, day
)
SELECT room_id, day,
       CASE WHEN MAX(gap) > 0 THEN MAX(gap) ELSE 0 END AS longest_free_minutes
FROM gaps
GROUP BY room_id, day
