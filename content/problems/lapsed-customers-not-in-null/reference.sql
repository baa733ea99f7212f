SELECT c.customer_id,
       c.email,
       (SELECT MAX(o.ordered_at) FROM orders AS o WHERE o.customer_id = c.customer_id) AS last_order_at
FROM customers AS c
WHERE EXISTS (
        SELECT 1 FROM orders AS o
        WHERE o.customer_id = c.customer_id AND o.ordered_at < '2024-06-01 00:00:00')
  AND NOT EXISTS (
        SELECT 1 FROM orders AS o
        WHERE o.customer_id = c.customer_id
          AND o.ordered_at >= '2024-06-01 00:00:00' AND o.ordered_at < '2024-07-01 00:00:00')
