-- Every column but email, with Engineering salaries raised 10% (rounded to 2 decimals).
SELECT *
FROM employees
