-- expect: fail
-- engines: duckdb
-- Ends each run at its own last report: a single-report run lasts 0 minutes and the open run gets an end.
WITH flagged AS (
  SELECT sensor_id, reading_id, read_at, status,
         CASE WHEN status = LAG(status) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id) THEN 0 ELSE 1 END AS opens_run
  FROM readings
),
numbered AS (
  SELECT sensor_id, read_at, status,
         SUM(opens_run) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id ROWS UNBOUNDED PRECEDING) AS run_no
  FROM flagged
)
SELECT sensor_id, status, MIN(read_at), MAX(read_at), COUNT(*),
       EXTRACT(EPOCH FROM MAX(read_at) - MIN(read_at)) / 60
FROM numbered
GROUP BY sensor_id, run_no, status
