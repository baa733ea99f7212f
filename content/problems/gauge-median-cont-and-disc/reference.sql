WITH ranked AS (
  SELECT sensor_id, value,
         ROW_NUMBER() OVER (PARTITION BY sensor_id ORDER BY value) AS rn,
         COUNT(*) OVER (PARTITION BY sensor_id) AS n
  FROM readings
  WHERE value IS NOT NULL
),
medians AS (
  SELECT sensor_id,
         MAX(n) AS n_values,
         MIN(CASE WHEN rn * 2 >= n THEN value END) AS median_disc,
         AVG(CASE WHEN rn * 2 BETWEEN n AND n + 2 THEN value END) AS median_cont
  FROM ranked
  GROUP BY sensor_id
)
SELECT s.sensor_id,
       COALESCE(m.n_values, 0) AS n_values,
       m.median_disc,
       m.median_cont
FROM sensors AS s
LEFT JOIN medians AS m ON m.sensor_id = s.sensor_id
