-- expect: pass
-- engines: duckdb
SELECT category, COUNT(*) AS products, {'low': MIN(list_price), 'high': MAX(list_price)} AS price_range
FROM dim_product
GROUP BY category
