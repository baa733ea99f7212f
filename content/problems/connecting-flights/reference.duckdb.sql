SELECT a.flight_id AS first_flight_id,
       b.flight_id AS second_flight_id,
       a.origin,
       a.dest AS via,
       b.dest,
       (epoch(b.dep_at) - epoch(a.arr_at)) / 60 AS layover_minutes
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest
WHERE b.dep_at >= a.arr_at + INTERVAL 45 MINUTE
  AND b.dep_at <= a.arr_at + INTERVAL 4 HOUR
  AND b.dest <> a.origin
  AND a.origin <> a.dest
  AND b.origin <> b.dest
