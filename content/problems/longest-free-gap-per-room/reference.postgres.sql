WITH minutes AS (
  SELECT room_id,
         CAST(starts_at AS DATE) AS day,
         EXTRACT(EPOCH FROM starts_at - CAST(CAST(starts_at AS DATE) AS TIMESTAMP)) / 60 AS start_min,
         EXTRACT(EPOCH FROM ends_at - CAST(CAST(starts_at AS DATE) AS TIMESTAMP)) / 60 AS end_min
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
  SELECT room_id, day, LEAST(start_min, 1080) - GREATEST(COALESCE(busy_until, 480), 480) AS gap
  FROM covered
  UNION ALL
  SELECT room_id, day, 1080 - GREATEST(MAX(end_min), 480)
  FROM minutes
  GROUP BY room_id, day
)
SELECT room_id, day,
       CASE WHEN MAX(gap) > 0 THEN MAX(gap) ELSE 0 END AS longest_free_minutes
FROM gaps
GROUP BY room_id, day
