-- expect: fail
-- engines: sqlite
-- Without a bound, the hop count grows around the cycle forever.
WITH RECURSIVE reach(station_id, hops) AS (
  SELECT 1, 0
  UNION
  SELECT l.to_station, r.hops + 1 FROM reach AS r JOIN links AS l ON l.from_station = r.station_id
)
SELECT station_id, MIN(hops) FROM reach GROUP BY station_id
