-- expect: fail
-- engines: sqlite
-- The gap starts at the previous booking's end: a short booking inside a long one opens a false gap.
WITH minutes AS (
  SELECT room_id, date(starts_at) AS day,
         (strftime('%s', starts_at) - strftime('%s', date(starts_at))) / 60 AS start_min,
         (strftime('%s', ends_at) - strftime('%s', date(starts_at))) / 60 AS end_min
  FROM bookings
),
covered AS (
  SELECT room_id, day, start_min,
         LAG(end_min) OVER (PARTITION BY room_id, day ORDER BY start_min, end_min) AS busy_until
  FROM minutes
),
gaps AS (
  SELECT room_id, day, MIN(start_min, 1080) - MAX(COALESCE(busy_until, 480), 480) AS gap FROM covered
  UNION ALL
  SELECT room_id, day, 1080 - MAX(MAX(end_min), 480) FROM minutes GROUP BY room_id, day
)
SELECT room_id, day, CASE WHEN MAX(gap) > 0 THEN MAX(gap) ELSE 0 END FROM gaps GROUP BY room_id, day
