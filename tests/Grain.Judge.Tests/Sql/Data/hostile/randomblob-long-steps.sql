-- problem: customer-total-spent
-- verdict.sqlite: RTE
-- verdict.duckdb: CE
-- verdict.postgres: CE
SELECT length(randomblob(9e8)), length(randomblob(9e8)), length(randomblob(9e8))
