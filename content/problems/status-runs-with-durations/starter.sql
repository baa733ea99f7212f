-- One row per run of equal status per sensor: sensor_id, status, started_at, ended_at (next run's start),
-- readings, minutes; any order.
SELECT
FROM readings
