-- expect: fail
-- A join with = treats NULL = NULL as unknown: unchanged rows with a NULL look changed.
SELECT 'removed', o.customer_id, o.email, o.tier
FROM snapshot_0630 AS o
LEFT JOIN snapshot_0701 AS n ON n.customer_id = o.customer_id AND n.email = o.email AND n.tier = o.tier
WHERE n.customer_id IS NULL
UNION ALL
SELECT 'added', n.customer_id, n.email, n.tier
FROM snapshot_0701 AS n
LEFT JOIN snapshot_0630 AS o ON o.customer_id = n.customer_id AND o.email = n.email AND o.tier = n.tier
WHERE o.customer_id IS NULL
