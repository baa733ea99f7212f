WITH RECURSIVE chain_of(id, depth, chain) AS (
  SELECT id, 0, CAST(id AS TEXT)
  FROM employees
  WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, c.depth + 1, c.chain || '>' || CAST(e.id AS TEXT)
  FROM employees AS e
  JOIN chain_of AS c ON e.manager_id = c.id
)
SELECT e.id, c.depth, c.chain
FROM employees AS e
LEFT JOIN chain_of AS c ON c.id = e.id
