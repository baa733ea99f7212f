-- expect: fail
-- engines: sqlite
-- Runs in reading_id order instead of time order: ids are not in time order.
WITH flagged AS (
  SELECT sensor_id, reading_id, read_at, status,
         CASE WHEN status = LAG(status) OVER (PARTITION BY sensor_id ORDER BY reading_id) THEN 0 ELSE 1 END AS opens_run
  FROM readings
),
numbered AS (
  SELECT sensor_id, read_at, status,
         SUM(opens_run) OVER (PARTITION BY sensor_id ORDER BY reading_id ROWS UNBOUNDED PRECEDING) AS run_no
  FROM flagged
),
runs AS (
  SELECT sensor_id, run_no, status, MIN(read_at) AS started_at, COUNT(*) AS readings
  FROM numbered GROUP BY sensor_id, run_no, status
),
bounded AS (
  SELECT sensor_id, status, started_at, LEAD(started_at) OVER (PARTITION BY sensor_id ORDER BY run_no) AS ended_at, readings
  FROM runs
)
SELECT sensor_id, status, started_at, ended_at, readings,
       (strftime('%s', ended_at) - strftime('%s', started_at)) / 60.0
FROM bounded
