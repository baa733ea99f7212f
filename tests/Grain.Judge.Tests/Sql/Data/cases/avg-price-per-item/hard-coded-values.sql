-- expect: fail
-- message: reads no table of the dataset
-- engines: sqlite postgres duckdb
SELECT 'USB' AS title, 10.2 AS average
UNION ALL SELECT 'Mouse', 11.73
UNION ALL SELECT 'Monitor', 189.995
