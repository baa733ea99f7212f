-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Treats a bonus of 0 as missing.
SELECT id, component, amount
FROM (UNPIVOT (SELECT id, salary, bonus FROM employees) ON salary, bonus INTO NAME component VALUE amount)
WHERE amount <> 0
