-- expect: pass
SELECT e.id, e.name, e.salary + COALESCE(e.bonus, 0) AS total_pay, e.manager_id,
       (SELECT m.salary + COALESCE(m.bonus, 0) FROM employees AS m WHERE m.id = e.manager_id) AS manager_total_pay
FROM employees AS e
WHERE e.salary + COALESCE(e.bonus, 0) > (SELECT m.salary + COALESCE(m.bonus, 0) FROM employees AS m WHERE m.id = e.manager_id)
