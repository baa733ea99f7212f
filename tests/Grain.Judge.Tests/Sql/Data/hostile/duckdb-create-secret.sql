-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
CREATE SECRET s (TYPE http)
