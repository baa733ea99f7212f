-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
PRAGMA enable_external_access
