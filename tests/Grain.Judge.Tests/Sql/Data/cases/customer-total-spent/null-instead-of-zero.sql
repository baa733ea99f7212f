-- expect: fail
-- message: COALESCE
-- engines: sqlite postgres duckdb
SELECT c.id, c.firstname, SUM(b.price)
FROM Customer c LEFT JOIN BoughtItem b ON b.customerid = c.id
GROUP BY c.id, c.firstname
