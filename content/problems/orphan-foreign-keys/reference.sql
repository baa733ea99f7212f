SELECT 'orders.customer_id' AS check_name, COUNT(*) AS orphan_rows
FROM orders AS o
WHERE o.customer_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM customers AS c WHERE c.customer_id = o.customer_id)
UNION ALL
SELECT 'refunds.order_id', COUNT(*)
FROM refunds AS r
WHERE r.order_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.order_id = r.order_id)
