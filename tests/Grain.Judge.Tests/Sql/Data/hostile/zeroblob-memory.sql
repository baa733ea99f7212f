-- problem: customer-total-spent
-- verdict.sqlite: RTE
-- verdict.duckdb: CE
-- verdict.postgres: CE
SELECT length(zeroblob(1e9)), zeroblob(1e9), 0
