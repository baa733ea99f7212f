-- expect: fail
-- engines: sqlite
-- A safety cap of four steps is enough for the example but cuts the six-level trees short.
WITH RECURSIVE crumbs AS (
  SELECT category_id, 0 AS depth, name AS breadcrumb FROM categories WHERE parent_id IS NULL
  UNION ALL
  SELECT c.category_id, p.depth + 1, p.breadcrumb || ' > ' || c.name
  FROM categories AS c JOIN crumbs AS p ON c.parent_id = p.category_id
  WHERE p.depth < 4
)
SELECT category_id, depth, breadcrumb FROM crumbs
