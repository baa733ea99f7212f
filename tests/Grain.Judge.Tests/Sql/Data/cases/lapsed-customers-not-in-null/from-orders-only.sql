-- expect: fail
-- engines: sqlite
-- Driven from orders, so customer ids that are not in customers are reported too.
SELECT o.customer_id, c.email, MAX(o.ordered_at)
FROM orders AS o
LEFT JOIN customers AS c ON c.customer_id = o.customer_id
WHERE o.customer_id IS NOT NULL
GROUP BY o.customer_id, c.email
HAVING MIN(o.ordered_at) < '2024-06-01' AND MAX(o.ordered_at) < '2024-06-01'
