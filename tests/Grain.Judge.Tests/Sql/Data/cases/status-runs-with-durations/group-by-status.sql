-- expect: fail
-- engines: sqlite
-- Grouping by status alone: a sensor that returns to ok has one ok row spanning the warn run.
SELECT sensor_id, status, MIN(read_at), NULL, COUNT(*), NULL
FROM readings
GROUP BY sensor_id, status
