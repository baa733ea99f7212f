-- expect: fail
-- engines: postgres
-- Reports counted at every depth with a recursive CTE: a different question from direct reports.
WITH RECURSIVE below AS (
  SELECT manager_id AS boss, id, hired FROM employees WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT b.boss, e.id, e.hired FROM below AS b JOIN employees AS e ON e.manager_id = b.id
)
SELECT m.id, m.name, COUNT(*),
       AVG(CASE WHEN (SELECT MAX(hired) FROM employees) - b.hired < 365 THEN 1.0 ELSE 0 END)
FROM below AS b
JOIN employees AS m ON m.id = b.boss
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
