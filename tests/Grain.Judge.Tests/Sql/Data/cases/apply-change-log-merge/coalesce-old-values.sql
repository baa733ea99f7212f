-- expect: fail
-- engines: postgres
-- COALESCE with the old row turns "email cleared" into "email unchanged"; a LEFT JOIN from the table misses new keys.
WITH latest AS (
  SELECT DISTINCT ON (customer_id) customer_id, op, email, tier, changed_at
  FROM customer_changes ORDER BY customer_id, changed_at DESC, change_id DESC
)
SELECT c.customer_id, COALESCE(l.email, c.email), COALESCE(l.tier, c.tier), COALESCE(l.changed_at, c.updated_at)
FROM customers AS c LEFT JOIN latest AS l ON l.customer_id = c.customer_id
WHERE l.op IS DISTINCT FROM 'D'
