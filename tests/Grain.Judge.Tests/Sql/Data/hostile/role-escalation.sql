-- problem: customer-total-spent
-- verdict.sqlite: CE
-- verdict.duckdb: CE
-- verdict.postgres: RTE
SELECT 1, set_config('role', 'postgres', false), 0
