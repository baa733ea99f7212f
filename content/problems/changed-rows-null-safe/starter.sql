-- Employees present in both tables whose salary, bonus or email differs (NULL vs a value is a change).
-- Columns: id, salary_changed, bonus_changed, email_changed (1 or 0); any order.
SELECT
FROM employees
JOIN employees_snapshot ON employees_snapshot.id = employees.id
