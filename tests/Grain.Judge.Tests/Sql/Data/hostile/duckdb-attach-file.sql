-- problem: customer-total-spent
-- engines: duckdb
-- verdict: CE
ATTACH '/tmp/grain-hostile.db' AS evil
