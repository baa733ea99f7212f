-- The two products with the highest revenue in each region (ties: lower product_key first).
-- Columns: region, product_key, revenue (any order). QUALIFY filters on a window function.
SELECT
FROM fact_orders
