-- Per table, every day from its first partition to 2024-06-30: report 'missing' (never loaded) and
-- 'late' (first load after 06:00 the next day). Columns: table_name, partition_date, status;
-- ordered by table_name, partition_date.
SELECT
FROM load_log
