-- problem: customer-total-spent
-- engines: duckdb
-- verdict: RTE
SELECT 1, file, 0 FROM glob('/etc/*')
