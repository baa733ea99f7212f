-- expect: fail
-- engines: postgres
-- Ordered by reading_id, which is not time order: the fill comes from the wrong report.
WITH grouped AS (
  SELECT reading_id, sensor_id, value,
         COUNT(value) OVER (PARTITION BY sensor_id ORDER BY reading_id ROWS UNBOUNDED PRECEDING) AS values_so_far
  FROM readings
)
SELECT reading_id, MAX(value) OVER (PARTITION BY sensor_id, values_so_far) AS value_filled
FROM grouped
