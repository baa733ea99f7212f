WITH ordered AS (
  SELECT room_id, booking_id, starts_at, ends_at,
         MAX(ends_at) OVER (
           PARTITION BY room_id ORDER BY starts_at, booking_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
         ) AS covered_until
  FROM bookings
),
flagged AS (
  SELECT room_id, booking_id, starts_at, ends_at,
         CASE WHEN covered_until IS NULL OR starts_at > covered_until THEN 1 ELSE 0 END AS opens_block
  FROM ordered
),
numbered AS (
  SELECT room_id, starts_at, ends_at,
         SUM(opens_block) OVER (
           PARTITION BY room_id ORDER BY starts_at, booking_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
         ) AS block_no
  FROM flagged
)
SELECT room_id, MIN(starts_at) AS block_start, MAX(ends_at) AS block_end, COUNT(*) AS bookings
FROM numbered
GROUP BY room_id, block_no
