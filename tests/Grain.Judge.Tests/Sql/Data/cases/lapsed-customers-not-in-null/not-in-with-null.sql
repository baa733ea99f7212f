-- expect: fail
-- A guest order in June puts a NULL in the list: NOT IN is never true.
SELECT c.customer_id, c.email, MAX(o.ordered_at)
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.customer_id
WHERE c.customer_id NOT IN (SELECT customer_id FROM orders WHERE ordered_at >= '2024-06-01 00:00:00' AND ordered_at < '2024-07-01 00:00:00')
GROUP BY c.customer_id, c.email
