-- Orders whose total is above that customer's own average order total.
-- Columns: customer_key, order_id, order_total, customer_average; any order.
SELECT
FROM fact_orders
