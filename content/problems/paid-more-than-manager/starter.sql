-- Employees whose salary + bonus (NULL bonus = 0) is strictly above their manager's.
-- Columns: id, name, total_pay, manager_id, manager_total_pay; any order.
SELECT
FROM employees
