SELECT department,
       COUNT(*) AS employees,
       COUNT(bonus) AS bonus_recorded,
       COUNT(*) - COUNT(email) AS no_email,
       AVG(bonus) AS avg_bonus_recorded,
       AVG(COALESCE(bonus, 0)) AS avg_bonus_everyone
FROM employees
GROUP BY department
