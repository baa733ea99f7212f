-- expect: pass
-- engines: duckdb
-- Difference of row numbers as the run key, with the same tie-breaker in both windows.
WITH numbered AS (
  SELECT sensor_id, status, read_at,
         ROW_NUMBER() OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id) AS rn,
         ROW_NUMBER() OVER (PARTITION BY sensor_id, status ORDER BY read_at, reading_id) AS status_rn
  FROM readings
),
runs AS (
  SELECT sensor_id, status, MIN(rn) AS first_rn, MIN(read_at) AS started_at, COUNT(*) AS readings
  FROM numbered GROUP BY sensor_id, status, rn - status_rn
),
bounded AS (
  SELECT *, LEAD(started_at) OVER (PARTITION BY sensor_id ORDER BY first_rn) AS ended_at FROM runs
)
SELECT sensor_id, status, started_at, ended_at, readings,
       EXTRACT(EPOCH FROM ended_at - started_at) / 60 AS minutes
FROM bounded
