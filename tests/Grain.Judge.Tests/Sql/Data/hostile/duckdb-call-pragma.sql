-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
CALL pragma_version()
