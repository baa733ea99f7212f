-- expect: fail
-- engines: sqlite
-- Compares with the previous booking's end only: a short booking inside a long one splits the block.
WITH flagged AS (
  SELECT room_id, booking_id, starts_at, ends_at,
         CASE WHEN starts_at > LAG(ends_at) OVER (PARTITION BY room_id ORDER BY starts_at, booking_id)
                OR LAG(ends_at) OVER (PARTITION BY room_id ORDER BY starts_at, booking_id) IS NULL
              THEN 1 ELSE 0 END AS opens_block
  FROM bookings
),
numbered AS (
  SELECT room_id, starts_at, ends_at,
         SUM(opens_block) OVER (PARTITION BY room_id ORDER BY starts_at, booking_id ROWS UNBOUNDED PRECEDING) AS block_no
  FROM flagged
)
SELECT room_id, MIN(starts_at), MAX(ends_at), COUNT(*) FROM numbered GROUP BY room_id, block_no
