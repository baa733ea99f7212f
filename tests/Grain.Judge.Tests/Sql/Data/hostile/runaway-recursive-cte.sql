-- problem: customer-total-spent
-- verdict: TLE
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*), 'x', 0 FROM r
