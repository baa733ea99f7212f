-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
WITH x AS (SELECT 1) SELECT 1, 'x', 0 FROM x; COPY Customer TO '/tmp/grain-hostile-copy'
