-- problem: customer-total-spent
-- verdict.sqlite: CE
-- verdict.duckdb: CE
-- verdict.postgres: RTE
SELECT lo_import('/etc/passwd'), 'x', 0
