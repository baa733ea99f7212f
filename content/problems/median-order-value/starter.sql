-- Median order value (sum of the order's lines) per region.
-- Columns: region, median_order_value (any order).
SELECT
FROM fact_orders AS f
JOIN dim_customer AS c ON c.customer_key = f.customer_key
