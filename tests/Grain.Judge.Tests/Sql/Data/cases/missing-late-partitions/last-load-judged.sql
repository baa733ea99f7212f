-- expect: fail
-- engines: sqlite
-- Judging lateness on the latest load flags partitions that were reloaded after an on-time load.
WITH RECURSIVE expected(table_name, partition_date) AS (
  SELECT table_name, MIN(partition_date) FROM load_log GROUP BY table_name
  UNION ALL
  SELECT table_name, date(partition_date, '+1 day') FROM expected WHERE partition_date < '2024-06-30'
),
last_load AS (SELECT table_name, partition_date, MAX(loaded_at) AS at FROM load_log GROUP BY 1, 2)
SELECT e.table_name, e.partition_date, CASE WHEN f.at IS NULL THEN 'missing' ELSE 'late' END
FROM expected AS e
LEFT JOIN last_load AS f ON f.table_name = e.table_name AND f.partition_date = e.partition_date
WHERE f.at IS NULL OR f.at > datetime(e.partition_date, '+1 day', '+6 hours')
ORDER BY 1, 2
