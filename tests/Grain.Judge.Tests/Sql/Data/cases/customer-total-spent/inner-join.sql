-- expect: fail
-- message: LEFT JOIN
-- engines: sqlite postgres duckdb
SELECT c.id, c.firstname, SUM(b.price)
FROM Customer c JOIN BoughtItem b ON b.customerid = c.id
GROUP BY c.id, c.firstname
