-- Revenue per category and its share of all revenue in percent.
-- Columns: category, revenue, pct (any order).
SELECT
FROM fact_orders AS f
JOIN dim_product AS p ON p.product_key = f.product_key
