-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
INSTALL httpfs
