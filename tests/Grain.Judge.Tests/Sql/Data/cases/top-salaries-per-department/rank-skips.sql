-- expect: fail
-- engines: sqlite postgres duckdb
SELECT department, id, name, salary FROM (
  SELECT department, id, name, salary, RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS r FROM employees) x
WHERE r <= 3
