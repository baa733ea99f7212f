-- expect: fail
-- engines: sqlite postgres duckdb
-- ORDER BY moved_at with the default RANGE frame: movements at the same second share one total.
SELECT move_id, sku,
       SUM(CASE WHEN kind = 'receipt' THEN qty ELSE -qty END) OVER (PARTITION BY sku ORDER BY moved_at)
FROM stock_moves
