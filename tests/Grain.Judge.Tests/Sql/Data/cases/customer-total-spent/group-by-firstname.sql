-- expect: fail
-- message: groups were merged
-- engines: sqlite postgres duckdb
SELECT MIN(c.id), c.firstname, COALESCE(SUM(b.price), 0)
FROM Customer c LEFT JOIN BoughtItem b ON b.customerid = c.id
GROUP BY c.firstname
