-- expect: pass
-- engines: postgres
WITH expected AS (
  SELECT table_name, d::date AS partition_date
  FROM (SELECT table_name, MIN(partition_date) AS lo FROM load_log GROUP BY table_name) AS b,
       generate_series(b.lo, DATE '2024-06-30', interval '1 day') AS d
),
first_load AS (SELECT table_name, partition_date, MIN(loaded_at) AS first_at FROM load_log GROUP BY 1, 2)
SELECT e.table_name, e.partition_date,
       CASE WHEN f.first_at IS NULL THEN 'missing' ELSE 'late' END
FROM expected AS e
LEFT JOIN first_load AS f USING (table_name, partition_date)
WHERE f.first_at IS NULL OR f.first_at > e.partition_date + time '06:00' + interval '1 day'
ORDER BY 1, 2
