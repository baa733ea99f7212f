-- expect: fail
-- engines: sqlite
-- Only gaps before each booking: the stretch from the last booking to 18:00 is never counted.
WITH minutes AS (
  SELECT room_id, date(starts_at) AS day,
         (strftime('%s', starts_at) - strftime('%s', date(starts_at))) / 60 AS start_min,
         (strftime('%s', ends_at) - strftime('%s', date(starts_at))) / 60 AS end_min
  FROM bookings
),
covered AS (
  SELECT room_id, day, start_min,
         MAX(end_min) OVER (PARTITION BY room_id, day ORDER BY start_min, end_min
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy_until
  FROM minutes
)
SELECT room_id, day,
       MAX(MAX(MIN(start_min, 1080) - MAX(COALESCE(busy_until, 480), 480)), 0) AS longest_free_minutes
FROM covered
GROUP BY room_id, day
