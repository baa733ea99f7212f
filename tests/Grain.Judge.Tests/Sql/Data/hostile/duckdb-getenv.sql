-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
SELECT 1, getenv('HOME'), 0
