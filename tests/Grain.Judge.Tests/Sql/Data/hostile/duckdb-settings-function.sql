-- problem: customer-total-spent
-- engines: duckdb
-- verdict: WA
SELECT 1, current_setting('enable_external_access')::VARCHAR, 0
