-- expect: fail
-- engines: sqlite
-- Only the first leg is checked for a sightseeing round; a round at the connecting airport slips through.
SELECT a.flight_id, b.flight_id, a.origin, a.dest, b.dest,
       (julianday(b.dep_at) - julianday(a.arr_at)) * 1440
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest
WHERE b.dep_at >= datetime(a.arr_at, '+45 minutes')
  AND b.dep_at <= datetime(a.arr_at, '+4 hours')
  AND b.dest <> a.origin
  AND a.origin <> a.dest
