-- problem: customer-total-spent
-- engines: duckdb
-- verdict: RTE
SELECT 1, content, 0 FROM read_text('/etc/hostname')
