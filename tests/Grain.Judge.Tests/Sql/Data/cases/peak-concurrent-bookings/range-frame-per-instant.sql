-- expect: pass
-- engines: duckdb
-- The default RANGE frame ordered by time only: each instant sees the state after all its events.
WITH events AS (
  SELECT room_id, starts_at AS at_time, 1 AS delta FROM bookings
  UNION ALL
  SELECT room_id, ends_at, -1 FROM bookings
),
running AS (
  SELECT room_id, at_time, SUM(delta) OVER (PARTITION BY room_id ORDER BY at_time) AS in_use
  FROM events
),
peaks AS (SELECT room_id, MAX(in_use) AS peak FROM running GROUP BY room_id)
SELECT r.room_id, COALESCE(p.peak, 0) AS peak,
       (SELECT MIN(x.at_time) FROM running AS x WHERE x.room_id = r.room_id AND x.in_use = p.peak) AS peak_at
FROM rooms AS r LEFT JOIN peaks AS p ON p.room_id = r.room_id
