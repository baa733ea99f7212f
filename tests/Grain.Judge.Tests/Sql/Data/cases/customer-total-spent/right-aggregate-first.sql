-- expect: pass
-- engines: sqlite postgres duckdb
WITH spent AS (SELECT customerid, SUM(price) AS total FROM BoughtItem GROUP BY customerid)
SELECT c.id, c.firstname, COALESCE(s.total, 0.0)
FROM Customer AS c LEFT JOIN spent AS s ON s.customerid = c.id
