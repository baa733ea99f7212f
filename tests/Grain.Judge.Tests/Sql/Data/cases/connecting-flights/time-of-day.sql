-- expect: fail
-- engines: sqlite
-- Comparing times of day loses layovers that cross midnight and pairs flights on different days.
SELECT a.flight_id, b.flight_id, a.origin, a.dest, b.dest,
       (julianday(b.dep_at) - julianday(a.arr_at)) * 1440
FROM flights AS a
JOIN flights AS b ON b.origin = a.dest
WHERE time(b.dep_at) >= time(a.arr_at, '+45 minutes') AND time(b.dep_at) <= time(a.arr_at, '+4 hours')
  AND b.dest <> a.origin AND a.origin <> a.dest AND b.origin <> b.dest
