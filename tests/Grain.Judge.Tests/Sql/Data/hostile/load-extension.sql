-- problem: customer-total-spent
-- verdict.sqlite: RTE
-- verdict.duckdb: CE
-- verdict.postgres: CE
SELECT 1, load_extension('/tmp/evil.so'), 0
