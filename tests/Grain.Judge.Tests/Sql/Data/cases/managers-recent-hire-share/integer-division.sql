-- expect: fail
-- engines: sqlite
-- Count of recent reports divided by count of reports, both integers: every share below 1 is 0.
SELECT m.id, m.name, COUNT(*),
       SUM(CASE WHEN julianday((SELECT MAX(hired) FROM employees)) - julianday(r.hired) < 365 THEN 1 ELSE 0 END) / COUNT(*)
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
