-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Leaks the email column.
SELECT * REPLACE (CASE WHEN department = 'Engineering' THEN round(salary * 1.1, 2) ELSE salary END AS salary)
FROM employees
