-- Employees earning one of the three highest distinct salaries of their department.
-- Columns: department, id, name, salary (any order).
SELECT
FROM employees
