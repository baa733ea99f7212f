-- expect: fail
-- >= also lists people paid exactly what their manager is paid.
SELECT e.id, e.name, e.salary + COALESCE(e.bonus, 0), m.id, m.salary + COALESCE(m.bonus, 0)
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary + COALESCE(e.bonus, 0) >= m.salary + COALESCE(m.bonus, 0)
