-- expect: fail
-- Customers who never ordered are not lapsed.
SELECT c.customer_id, c.email, (SELECT MAX(o.ordered_at) FROM orders AS o WHERE o.customer_id = c.customer_id)
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.customer_id
                  AND o.ordered_at >= '2024-06-01 00:00:00' AND o.ordered_at < '2024-07-01 00:00:00')
