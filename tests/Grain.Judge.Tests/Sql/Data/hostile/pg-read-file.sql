-- problem: customer-total-spent
-- verdict.sqlite: CE
-- verdict.duckdb: CE
-- verdict.postgres: RTE
SELECT 1, pg_read_file('/etc/passwd'), 0
