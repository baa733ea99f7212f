-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
EXPORT DATABASE '/tmp/grain-hostile-copy'
