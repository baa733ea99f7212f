-- expect: fail
-- Adding quantities along a path instead of multiplying them.
WITH RECURSIVE explode AS (
  SELECT b.parent_part AS product_id, b.child_part AS part_id, b.qty AS total_qty
  FROM bom AS b
  WHERE NOT EXISTS (SELECT 1 FROM bom AS up WHERE up.child_part = b.parent_part)
  UNION ALL
  SELECT e.product_id, b.child_part, e.total_qty + b.qty
  FROM explode AS e
  JOIN bom AS b ON b.parent_part = e.part_id
)
SELECT product_id, part_id, SUM(total_qty)
FROM explode AS e
WHERE NOT EXISTS (SELECT 1 FROM bom AS down WHERE down.parent_part = e.part_id)
GROUP BY product_id, part_id
