-- expect: fail
-- engines: sqlite
-- NULL values keep their positions: on SQLite they sort first and shift the middle.
WITH ranked AS (
  SELECT sensor_id, value,
         ROW_NUMBER() OVER (PARTITION BY sensor_id ORDER BY value) AS rn,
         COUNT(*) OVER (PARTITION BY sensor_id) AS n
  FROM readings
)
SELECT s.sensor_id, COALESCE(MAX(r.n), 0),
       MIN(CASE WHEN r.rn * 2 >= r.n THEN r.value END),
       AVG(CASE WHEN r.rn * 2 BETWEEN r.n AND r.n + 2 THEN r.value END)
FROM sensors AS s LEFT JOIN ranked AS r ON r.sensor_id = s.sensor_id
GROUP BY s.sensor_id
