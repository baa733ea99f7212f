-- expect: fail
-- A cap of 3 hops fits the example network and misses stations further away.
WITH RECURSIVE reach(station_id, hops) AS (
  SELECT 1, 0
  UNION
  SELECT l.to_station, r.hops + 1 FROM reach AS r JOIN links AS l ON l.from_station = r.station_id
  WHERE r.hops < 3
)
SELECT station_id, MIN(hops) FROM reach GROUP BY station_id
