-- expect: fail
-- engines: duckdb
-- verdict: WA
-- The fields in the wrong order are a different struct.
SELECT category, COUNT(*) AS products, {'high': MAX(list_price), 'low': MIN(list_price)} AS price_range
FROM dim_product
GROUP BY category
