-- Every station reachable from station 1, with the fewest links needed. Columns: station_id, hops; any order.
WITH RECURSIVE reach(station_id, hops) AS (
  SELECT 1, 0
)
SELECT station_id, hops
FROM reach
