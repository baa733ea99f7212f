-- Every category with its depth (roots 0) and breadcrumb 'Root > ... > Name'.
-- Columns: category_id, depth, breadcrumb; any order.
SELECT
FROM categories
