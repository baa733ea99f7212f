-- Top 3 products per category by revenue, ties kept (RANK).
-- Columns: category, product_key, revenue, rnk (any order).
SELECT
FROM fact_orders AS f
JOIN dim_product AS p ON p.product_key = f.product_key
