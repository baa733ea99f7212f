-- problem: customer-total-spent
-- DuckDB computes a recursive CTE to its end before returning a row, so the deadline stops it first.
-- verdict: OLE
-- verdict.duckdb: TLE
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n, 'x', 0 FROM r
