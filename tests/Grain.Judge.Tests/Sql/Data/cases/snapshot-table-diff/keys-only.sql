-- expect: fail
-- Comparing keys finds added and removed customers but no changed ones.
SELECT 'removed', customer_id, email, tier FROM snapshot_0630 WHERE customer_id NOT IN (SELECT customer_id FROM snapshot_0701)
UNION ALL
SELECT 'added', customer_id, email, tier FROM snapshot_0701 WHERE customer_id NOT IN (SELECT customer_id FROM snapshot_0630)
