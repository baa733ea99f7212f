-- expect: fail
-- message: fans out
-- engines: sqlite postgres duckdb
SELECT c.id, c.firstname, COALESCE(SUM(b.price), 0)
FROM Customer c
LEFT JOIN BoughtItem b ON b.customerid = c.id
LEFT JOIN BoughtItem seen ON seen.customerid = c.id
GROUP BY c.id, c.firstname
