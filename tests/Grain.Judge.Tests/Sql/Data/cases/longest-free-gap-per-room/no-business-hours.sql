-- expect: fail
-- engines: duckdb
-- Gaps only between bookings: the stretches from 08:00 and until 18:00 are missed.
WITH minutes AS (
  SELECT room_id, CAST(starts_at AS DATE) AS day,
         EXTRACT(EPOCH FROM starts_at - CAST(CAST(starts_at AS DATE) AS TIMESTAMP)) / 60 AS start_min,
         EXTRACT(EPOCH FROM ends_at - CAST(CAST(starts_at AS DATE) AS TIMESTAMP)) / 60 AS end_min
  FROM bookings
),
covered AS (
  SELECT room_id, day, start_min,
         MAX(end_min) OVER (PARTITION BY room_id, day ORDER BY start_min, end_min
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy_until
  FROM minutes
)
SELECT room_id, day, GREATEST(COALESCE(MAX(start_min - busy_until), 0), 0)
FROM covered GROUP BY room_id, day
