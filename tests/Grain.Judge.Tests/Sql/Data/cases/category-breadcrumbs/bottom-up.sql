-- expect: pass
WITH RECURSIVE up AS (
  SELECT category_id AS start_id, parent_id, name AS path, 0 AS depth
  FROM categories
  UNION ALL
  SELECT u.start_id, p.parent_id, p.name || ' > ' || u.path, u.depth + 1
  FROM up AS u
  JOIN categories AS p ON p.category_id = u.parent_id
)
SELECT start_id, depth, path FROM up WHERE parent_id IS NULL
