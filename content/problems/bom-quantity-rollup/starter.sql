-- For each product (a parent that is nobody's child): units of each leaf part in one unit of it.
-- Columns: product_id, part_id, total_qty; any order.
SELECT
FROM bom
