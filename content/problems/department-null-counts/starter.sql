-- Per department: employees, bonus_recorded, no_email, avg_bonus_recorded, avg_bonus_everyone.
SELECT department
FROM employees
GROUP BY department
