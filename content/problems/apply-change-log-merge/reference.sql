WITH latest AS (
  SELECT customer_id, op, email, tier, changed_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY changed_at DESC, change_id DESC) AS rn
  FROM customer_changes
)
SELECT c.customer_id, c.email, c.tier, c.updated_at
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM customer_changes AS x WHERE x.customer_id = c.customer_id)
UNION ALL
SELECT customer_id, email, tier, changed_at
FROM latest
WHERE rn = 1 AND op <> 'D'
