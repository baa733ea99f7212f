-- expect: fail
-- engines: sqlite
-- Without b.dest <> a.origin (and the sightseeing rule) out-and-back trips are offered.
SELECT a.flight_id, b.flight_id, a.origin, a.dest, b.dest, (julianday(b.dep_at) - julianday(a.arr_at)) * 1440
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest
WHERE b.dep_at >= datetime(a.arr_at, '+45 minutes') AND b.dep_at <= datetime(a.arr_at, '+4 hours')
