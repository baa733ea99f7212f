-- expect: fail
-- engines: sqlite postgres duckdb
-- Sales are added instead of subtracted.
SELECT move_id, sku,
       SUM(qty) OVER (PARTITION BY sku ORDER BY moved_at, move_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM stock_moves
