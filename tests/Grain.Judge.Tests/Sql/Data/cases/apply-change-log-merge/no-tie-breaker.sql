-- expect: fail
-- engines: sqlite
-- Without change_id as tie-breaker, two changes at the same instant are picked arbitrarily.
WITH latest AS (
  SELECT customer_id, op, email, tier, changed_at,
         RANK() OVER (PARTITION BY customer_id ORDER BY changed_at DESC) AS rn
  FROM customer_changes
)
SELECT c.customer_id, c.email, c.tier, c.updated_at FROM customers AS c
WHERE c.customer_id NOT IN (SELECT customer_id FROM customer_changes)
UNION ALL
SELECT customer_id, email, tier, changed_at FROM latest WHERE rn = 1 AND op <> 'D'
