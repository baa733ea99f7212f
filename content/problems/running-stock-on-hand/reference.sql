SELECT move_id, sku,
       SUM(CASE WHEN kind = 'receipt' THEN qty ELSE -qty END) OVER (
         PARTITION BY sku
         ORDER BY moved_at, move_id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS stock_after
FROM stock_moves
