SELECT id, component, amount
FROM (UNPIVOT (SELECT id, salary, bonus FROM employees) ON salary, bonus INTO NAME component VALUE amount)
