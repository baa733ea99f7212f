WITH RECURSIVE expected(table_name, partition_date) AS (
  SELECT table_name, MIN(partition_date) FROM load_log GROUP BY table_name
  UNION ALL
  SELECT table_name, partition_date + 1 FROM expected
  WHERE partition_date < DATE '2024-06-30'
),
first_load AS (
  SELECT table_name, partition_date, MIN(loaded_at) AS first_at
  FROM load_log
  GROUP BY table_name, partition_date
)
SELECT e.table_name,
       e.partition_date,
       CASE WHEN f.first_at IS NULL THEN 'missing' ELSE 'late' END AS status
FROM expected AS e
LEFT JOIN first_load AS f
  ON f.table_name = e.table_name AND f.partition_date = e.partition_date
WHERE f.first_at IS NULL
   OR f.first_at > CAST(e.partition_date AS timestamp) + INTERVAL '30 hours'
ORDER BY e.table_name, e.partition_date
