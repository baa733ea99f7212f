-- expect: fail
-- engines: sqlite
-- The as-of date taken per manager (the latest hire among their own reports) instead of the whole extract's.
SELECT m.id, m.name, COUNT(*),
       AVG(CASE WHEN julianday((SELECT MAX(x.hired) FROM employees AS x WHERE x.manager_id = m.id)) - julianday(r.hired) < 365 THEN 1.0 ELSE 0 END)
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
