-- Pairs of different products bought in the same order, in at least 2 orders.
-- Columns: product_a, product_b (product_a < product_b), orders_together; any order.
SELECT
FROM fact_orders
