-- People anywhere below each manager.
-- Columns: id, name, headcount (any order).
WITH RECURSIVE below(boss, member) AS (
  SELECT manager_id, id FROM employees WHERE manager_id IS NOT NULL
)
SELECT
