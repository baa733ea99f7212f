-- expect: fail
-- engines: duckdb
-- Positions (n + 1) / 2 and (n + 2) / 2: DuckDB's / does not truncate, so even counts miss the lower middle.
WITH ranked AS (
  SELECT sensor_id, value,
         ROW_NUMBER() OVER (PARTITION BY sensor_id ORDER BY value) AS rn,
         COUNT(*) OVER (PARTITION BY sensor_id) AS n
  FROM readings WHERE value IS NOT NULL
)
SELECT s.sensor_id, COALESCE(MAX(r.n), 0),
       MIN(CASE WHEN r.rn >= (r.n + 1) / 2 THEN r.value END),
       AVG(CASE WHEN r.rn IN ((r.n + 1) / 2, (r.n + 2) / 2) THEN r.value END)
FROM sensors AS s LEFT JOIN ranked AS r ON r.sensor_id = s.sensor_id
GROUP BY s.sensor_id
