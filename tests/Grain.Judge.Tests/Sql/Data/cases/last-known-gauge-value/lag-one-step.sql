-- expect: fail
-- engines: sqlite
-- LAG looks back one report only: after two NULL reports in a row the fill is NULL.
SELECT reading_id,
       COALESCE(value, LAG(value) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id)) AS value_filled
FROM readings
