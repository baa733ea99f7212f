-- Customers with an order before June 2024 and none in June 2024 (guest orders have a NULL customer_id).
-- Columns: customer_id, email, last_order_at; any order.
SELECT
FROM customers
