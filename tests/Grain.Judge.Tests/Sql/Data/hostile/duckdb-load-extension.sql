-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
LOAD httpfs
