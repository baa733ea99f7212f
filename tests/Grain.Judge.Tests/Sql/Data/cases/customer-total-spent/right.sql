-- expect: pass
-- engines: sqlite postgres duckdb
SELECT c.id, c.firstname, COALESCE(SUM(b.price), 0) AS total
FROM Customer c LEFT JOIN BoughtItem b ON b.customerid = c.id
GROUP BY c.id, c.firstname
