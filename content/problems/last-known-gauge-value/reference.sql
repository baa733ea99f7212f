WITH grouped AS (
  SELECT reading_id, sensor_id, value,
         COUNT(value) OVER (
           PARTITION BY sensor_id ORDER BY read_at, reading_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
         ) AS values_so_far
  FROM readings
)
SELECT reading_id,
       MAX(value) OVER (PARTITION BY sensor_id, values_so_far) AS value_filled
FROM grouped
