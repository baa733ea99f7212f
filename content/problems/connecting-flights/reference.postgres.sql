SELECT a.flight_id AS first_flight_id,
       b.flight_id AS second_flight_id,
       a.origin,
       a.dest AS via,
       b.dest,
       EXTRACT(EPOCH FROM b.dep_at - a.arr_at) / 60 AS layover_minutes
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest
WHERE b.dep_at >= a.arr_at + interval '45 minutes'
  AND b.dep_at <= a.arr_at + interval '4 hours'
  AND b.dest <> a.origin
  AND a.origin <> a.dest
  AND b.origin <> b.dest
