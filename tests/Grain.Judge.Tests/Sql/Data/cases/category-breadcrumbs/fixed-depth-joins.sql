-- expect: fail
-- Four levels of self-joins cover the example but not a six-level tree.
SELECT c.category_id,
       CASE WHEN p1.category_id IS NULL THEN 0 WHEN p2.category_id IS NULL THEN 1 WHEN p3.category_id IS NULL THEN 2 ELSE 3 END,
       CASE WHEN p1.category_id IS NULL THEN c.name
            WHEN p2.category_id IS NULL THEN p1.name || ' > ' || c.name
            WHEN p3.category_id IS NULL THEN p2.name || ' > ' || p1.name || ' > ' || c.name
            ELSE p3.name || ' > ' || p2.name || ' > ' || p1.name || ' > ' || c.name END
FROM categories AS c
LEFT JOIN categories AS p1 ON p1.category_id = c.parent_id
LEFT JOIN categories AS p2 ON p2.category_id = p1.parent_id
LEFT JOIN categories AS p3 ON p3.category_id = p2.parent_id
