-- expect: fail
-- salary + bonus is NULL when either bonus is NULL, so those pairs vanish.
SELECT e.id, e.name, e.salary + e.bonus, m.id, m.salary + m.bonus
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary + e.bonus > m.salary + m.bonus
