-- expect: fail
-- A NULL foreign key has no parent either: guests and goodwill credits are counted as orphans.
SELECT 'orders.customer_id', COUNT(*) FROM orders AS o LEFT JOIN customers AS c ON c.customer_id = o.customer_id WHERE c.customer_id IS NULL
UNION ALL
SELECT 'refunds.order_id', COUNT(*) FROM refunds AS r LEFT JOIN orders AS o ON o.order_id = r.order_id WHERE o.order_id IS NULL
