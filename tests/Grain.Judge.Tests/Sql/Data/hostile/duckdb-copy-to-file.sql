-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
COPY Customer TO '/tmp/grain-hostile-copy'
