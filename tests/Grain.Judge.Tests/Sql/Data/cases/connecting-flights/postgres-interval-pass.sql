-- expect: pass
-- engines: postgres
SELECT a.flight_id, b.flight_id, a.origin, a.dest, b.dest,
       EXTRACT(EPOCH FROM (b.dep_at - a.arr_at)) / 60.0
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest AND b.dep_at BETWEEN a.arr_at + interval '45 minutes' AND a.arr_at + interval '4 hours'
WHERE b.dest <> a.origin AND a.origin <> a.dest AND b.origin <> b.dest
