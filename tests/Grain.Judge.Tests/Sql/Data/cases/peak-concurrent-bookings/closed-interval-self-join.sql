-- expect: fail
-- engines: postgres
-- Self-join with a closed end (<=) and an inner join: touching bookings overlap and unbooked rooms vanish.
WITH counts AS (
  SELECT a.room_id, a.starts_at, COUNT(*) AS in_use
  FROM bookings AS a
  JOIN bookings AS b
    ON b.room_id = a.room_id AND b.starts_at <= a.starts_at AND a.starts_at <= b.ends_at
  GROUP BY a.booking_id, a.room_id, a.starts_at
)
SELECT room_id, MAX(in_use) AS peak,
       MIN(starts_at) FILTER (WHERE in_use = (SELECT MAX(c2.in_use) FROM counts AS c2 WHERE c2.room_id = counts.room_id)) AS peak_at
FROM counts
GROUP BY room_id
