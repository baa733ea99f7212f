-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Two flat columns instead of one struct.
SELECT category, COUNT(*) AS products, MIN(list_price) AS low, MAX(list_price) AS high
FROM dim_product
GROUP BY category
