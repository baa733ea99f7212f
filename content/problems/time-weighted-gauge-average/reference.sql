WITH held AS (
  SELECT sensor_id, value, read_at,
         COALESCE(
           LEAD(read_at) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id),
           '2024-05-02 00:00:00'
         ) AS held_until
  FROM readings
  WHERE value IS NOT NULL
),
spans AS (
  SELECT sensor_id, value, strftime('%s', held_until) - strftime('%s', read_at) AS seconds
  FROM held
)
SELECT s.sensor_id,
       SUM(p.value * p.seconds) * 1.0 / NULLIF(SUM(p.seconds), 0) AS twa
FROM sensors AS s
LEFT JOIN spans AS p ON p.sensor_id = s.sensor_id
GROUP BY s.sensor_id
