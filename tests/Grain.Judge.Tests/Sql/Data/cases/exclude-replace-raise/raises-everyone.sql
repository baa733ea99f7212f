-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Raises every department.
SELECT * EXCLUDE (email) REPLACE (round(salary * 1.1, 2) AS salary)
FROM employees
