-- expect: fail
-- engines: sqlite postgres duckdb
SELECT department, COUNT(*), COUNT(*), 0, AVG(bonus), AVG(bonus) FROM employees GROUP BY department
