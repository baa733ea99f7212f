-- expect: pass
-- engines: postgres
WITH latest AS (
  SELECT DISTINCT ON (customer_id) customer_id, op, email, tier, changed_at
  FROM customer_changes ORDER BY customer_id, changed_at DESC, change_id DESC
)
SELECT COALESCE(l.customer_id, c.customer_id),
       CASE WHEN l.customer_id IS NULL THEN c.email ELSE l.email END,
       CASE WHEN l.customer_id IS NULL THEN c.tier ELSE l.tier END,
       COALESCE(l.changed_at, c.updated_at)
FROM customers AS c FULL JOIN latest AS l ON l.customer_id = c.customer_id
WHERE l.op IS DISTINCT FROM 'D'
