-- expect: pass
-- engines: sqlite
WITH RECURSIVE reach(station_id, hops) AS (
  VALUES (1, 0)
  UNION
  SELECT l.to_station, r.hops + 1 FROM links AS l JOIN reach AS r ON r.station_id = l.from_station
  WHERE r.hops <= (SELECT COUNT(DISTINCT to_station) FROM links)
)
SELECT station_id, MIN(hops) FROM reach GROUP BY station_id
