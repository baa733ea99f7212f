-- FIFO cost of goods sold per SKU.
-- Columns: sku, units_sold, cogs, unmatched_units; ordered by sku.
SELECT
FROM stock_moves
