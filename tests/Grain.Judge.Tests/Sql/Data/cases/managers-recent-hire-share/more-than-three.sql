-- expect: fail
-- engines: sqlite
-- "At least three" read as "more than three".
SELECT m.id, m.name, COUNT(*),
       AVG(CASE WHEN julianday((SELECT MAX(hired) FROM employees)) - julianday(r.hired) < 365 THEN 1.0 ELSE 0 END)
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
GROUP BY m.id, m.name
HAVING COUNT(*) > 3
