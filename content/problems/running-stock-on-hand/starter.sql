-- Stock on hand of the SKU right after each movement.
-- Columns: move_id, sku, stock_after; any order.
SELECT
FROM stock_moves
