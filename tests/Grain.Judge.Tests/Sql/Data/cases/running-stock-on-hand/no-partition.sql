-- expect: fail
-- engines: sqlite postgres duckdb
-- One running total across all SKUs instead of one per SKU.
SELECT move_id, sku,
       SUM(CASE WHEN kind = 'receipt' THEN qty ELSE -qty END) OVER (
         ORDER BY moved_at, move_id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS stock_after
FROM stock_moves
