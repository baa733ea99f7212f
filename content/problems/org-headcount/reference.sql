WITH RECURSIVE below(boss, member) AS (
  SELECT manager_id, id FROM employees WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT b.boss, e.id
  FROM below AS b
  JOIN employees AS e ON e.manager_id = b.member
)
SELECT m.id, m.name, COUNT(*) AS headcount
FROM below AS b
JOIN employees AS m ON m.id = b.boss
GROUP BY m.id, m.name
