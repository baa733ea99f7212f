SELECT 'removed' AS change, customer_id, email, tier
FROM (
  SELECT customer_id, email, tier FROM snapshot_0630
  EXCEPT
  SELECT customer_id, email, tier FROM snapshot_0701
) AS gone
UNION ALL
SELECT 'added', customer_id, email, tier
FROM (
  SELECT customer_id, email, tier FROM snapshot_0701
  EXCEPT
  SELECT customer_id, email, tier FROM snapshot_0630
) AS came
