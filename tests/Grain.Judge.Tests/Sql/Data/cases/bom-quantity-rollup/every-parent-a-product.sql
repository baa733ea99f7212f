-- expect: fail
-- engines: sqlite
-- Every part with children is treated as a product, so sub-assemblies get rows of their own.
WITH RECURSIVE explode AS (
  SELECT parent_part AS product_id, child_part AS part_id, qty AS total_qty FROM bom
  UNION ALL
  SELECT e.product_id, b.child_part, e.total_qty * b.qty
  FROM explode AS e JOIN bom AS b ON b.parent_part = e.part_id
)
SELECT product_id, part_id, SUM(total_qty)
FROM explode AS e
WHERE NOT EXISTS (SELECT 1 FROM bom AS down WHERE down.parent_part = e.part_id)
GROUP BY product_id, part_id
