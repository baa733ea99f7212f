-- problem: customer-total-spent
-- engines: duckdb
-- verdict: RTE
SELECT * FROM read_csv('/etc/passwd')
