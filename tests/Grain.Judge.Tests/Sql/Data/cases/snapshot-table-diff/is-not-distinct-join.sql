-- expect: pass
SELECT 'removed', o.customer_id, o.email, o.tier
FROM snapshot_0630 AS o
WHERE NOT EXISTS (SELECT 1 FROM snapshot_0701 AS n WHERE n.customer_id = o.customer_id
                  AND n.email IS NOT DISTINCT FROM o.email AND n.tier IS NOT DISTINCT FROM o.tier)
UNION ALL
SELECT 'added', n.customer_id, n.email, n.tier
FROM snapshot_0701 AS n
WHERE NOT EXISTS (SELECT 1 FROM snapshot_0630 AS o WHERE o.customer_id = n.customer_id
                  AND o.email IS NOT DISTINCT FROM n.email AND o.tier IS NOT DISTINCT FROM n.tier)
