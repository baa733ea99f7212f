-- expect: fail
-- engines: sqlite
-- The spine stops at each table's last partition, so trailing missing days are never reported.
WITH RECURSIVE bounds AS (
  SELECT table_name, MIN(partition_date) AS lo, MAX(partition_date) AS hi FROM load_log GROUP BY table_name
),
expected(table_name, partition_date, hi) AS (
  SELECT table_name, lo, hi FROM bounds
  UNION ALL
  SELECT table_name, date(partition_date, '+1 day'), hi FROM expected WHERE partition_date < hi
),
first_load AS (SELECT table_name, partition_date, MIN(loaded_at) AS first_at FROM load_log GROUP BY 1, 2)
SELECT e.table_name, e.partition_date, CASE WHEN f.first_at IS NULL THEN 'missing' ELSE 'late' END
FROM expected AS e
LEFT JOIN first_load AS f ON f.table_name = e.table_name AND f.partition_date = e.partition_date
WHERE f.first_at IS NULL OR f.first_at > datetime(e.partition_date, '+1 day', '+6 hours')
ORDER BY 1, 2
