-- expect: pass
-- engines: postgres
-- range_agg merges overlapping and adjacent half-open ranges; count the bookings inside each block.
WITH blocks AS (
  SELECT room_id, unnest(range_agg(tsrange(starts_at, ends_at))) AS block
  FROM bookings
  GROUP BY room_id
)
SELECT b.room_id, lower(b.block) AS block_start, upper(b.block) AS block_end, COUNT(*) AS bookings
FROM blocks AS b
JOIN bookings AS k ON k.room_id = b.room_id AND tsrange(k.starts_at, k.ends_at) <@ b.block
GROUP BY b.room_id, b.block
