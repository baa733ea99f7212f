-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Keeps a row with a NULL amount for every missing bonus.
SELECT id, 'salary' AS component, salary AS amount FROM employees
UNION ALL
SELECT id, 'bonus', bonus FROM employees
