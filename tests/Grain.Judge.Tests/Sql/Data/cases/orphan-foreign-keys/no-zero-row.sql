-- expect: fail
-- Grouping the orphan rows returns nothing for a check that passes.
SELECT check_name, COUNT(*) FROM (
  SELECT 'orders.customer_id' AS check_name FROM orders AS o
  WHERE o.customer_id IS NOT NULL AND o.customer_id NOT IN (SELECT customer_id FROM customers)
  UNION ALL
  SELECT 'refunds.order_id' FROM refunds AS r
  WHERE r.order_id IS NOT NULL AND r.order_id NOT IN (SELECT order_id FROM orders)
) AS x
GROUP BY check_name
