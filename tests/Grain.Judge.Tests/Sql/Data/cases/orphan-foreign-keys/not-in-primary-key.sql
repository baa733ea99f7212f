-- expect: pass
-- NOT IN is safe here: the subquery reads a primary key, which is never NULL, and a NULL child key is not counted.
SELECT 'orders.customer_id', COUNT(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)
UNION ALL
SELECT 'refunds.order_id', COUNT(*) FROM refunds WHERE order_id NOT IN (SELECT order_id FROM orders)
