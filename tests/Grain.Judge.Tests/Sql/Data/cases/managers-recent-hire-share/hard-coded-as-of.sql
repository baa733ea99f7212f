-- expect: fail
-- engines: sqlite
-- The example's extract date typed in: on any other extract the shares are wrong.
SELECT m.id, m.name, COUNT(*),
       AVG(CASE WHEN julianday('2022-11-01') - julianday(r.hired) < 365 THEN 1.0 ELSE 0 END)
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
