-- expect: fail
-- engines: postgres
-- A running MAX is the highest value so far, not the latest one.
SELECT reading_id,
       COALESCE(value, MAX(value) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id)) AS value_filled
FROM readings
