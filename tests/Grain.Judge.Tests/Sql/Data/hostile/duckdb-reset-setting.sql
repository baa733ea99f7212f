-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
RESET lock_configuration
