-- One row per check ('orders.customer_id', 'refunds.order_id') with the number of orphan rows (NULL keys are fine).
-- Columns: check_name, orphan_rows; any order.
SELECT
FROM orders
