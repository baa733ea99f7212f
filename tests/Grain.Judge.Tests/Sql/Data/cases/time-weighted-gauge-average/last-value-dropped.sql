-- expect: fail
-- engines: duckdb
-- The last value is not held until midnight: the window ends at the last report.
WITH held AS (
  SELECT sensor_id, value,
         EXTRACT(EPOCH FROM LEAD(read_at) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id) - read_at) AS seconds
  FROM readings
  WHERE value IS NOT NULL
)
SELECT s.sensor_id, SUM(h.value * h.seconds) / NULLIF(SUM(h.seconds), 0) AS twa
FROM sensors AS s LEFT JOIN held AS h ON h.sensor_id = s.sensor_id
GROUP BY s.sensor_id
