-- expect: fail
-- engines: sqlite postgres duckdb
-- Orders by move_id alone: ids do not follow time in the hidden data.
SELECT move_id, sku,
       SUM(CASE WHEN kind = 'receipt' THEN qty ELSE -qty END) OVER (PARTITION BY sku ORDER BY move_id)
FROM stock_moves
