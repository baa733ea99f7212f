-- 2023 revenue per category, one column per quarter (0 when none).
-- Columns: category, q1, q2, q3, q4 (any order).
SELECT
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
JOIN dim_product AS p ON p.product_key = f.product_key
