-- expect: fail
-- engines: postgres
-- <= 365 days also counts someone hired exactly 365 days before the extract.
SELECT m.id, m.name, COUNT(*),
       AVG(CASE WHEN (SELECT MAX(hired) FROM employees) - r.hired <= 365 THEN 1.0 ELSE 0 END)
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
