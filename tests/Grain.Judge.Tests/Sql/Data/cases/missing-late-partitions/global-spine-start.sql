-- expect: fail
-- engines: sqlite
-- One spine for all tables from the earliest partition in the log: a table onboarded later reports its pre-history as missing.
WITH RECURSIVE days(d) AS (
  SELECT MIN(partition_date) FROM load_log
  UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < '2024-06-30'
),
expected AS (SELECT t.table_name, d.d AS partition_date FROM (SELECT DISTINCT table_name FROM load_log) AS t CROSS JOIN days AS d),
first_load AS (SELECT table_name, partition_date, MIN(loaded_at) AS first_at FROM load_log GROUP BY table_name, partition_date)
SELECT e.table_name, e.partition_date, CASE WHEN f.first_at IS NULL THEN 'missing' ELSE 'late' END
FROM expected AS e
LEFT JOIN first_load AS f ON f.table_name = e.table_name AND f.partition_date = e.partition_date
WHERE f.first_at IS NULL OR f.first_at > datetime(e.partition_date, '+1 day', '+6 hours')
ORDER BY 1, 2
