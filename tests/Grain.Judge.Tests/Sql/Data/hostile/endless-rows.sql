-- problem: customer-total-spent
-- verdict: OLE
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n, 'x', 0 FROM r
