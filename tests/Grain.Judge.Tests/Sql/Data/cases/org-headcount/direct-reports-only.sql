-- expect: fail
-- engines: sqlite postgres duckdb
SELECT m.id, m.name, COUNT(*) FROM employees e JOIN employees m ON m.id = e.manager_id GROUP BY m.id, m.name
