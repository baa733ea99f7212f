-- expect: pass
-- engines: duckdb
SELECT * EXCLUDE (email)
  REPLACE (CASE WHEN department = 'Engineering' THEN round(salary * 1.1, 2) ELSE salary END AS salary)
FROM employees
