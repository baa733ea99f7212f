SELECT e.id,
       e.name,
       e.salary + COALESCE(e.bonus, 0) AS total_pay,
       m.id AS manager_id,
       m.salary + COALESCE(m.bonus, 0) AS manager_total_pay
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary + COALESCE(e.bonus, 0) > m.salary + COALESCE(m.bonus, 0)
