-- The products table after merging the change feed, as a SELECT.
-- Columns: product_id, name, price, version; any order.
SELECT
FROM products
