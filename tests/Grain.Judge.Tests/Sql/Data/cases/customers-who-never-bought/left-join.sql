-- expect: pass
-- engines: sqlite postgres duckdb
SELECT c.id, c.firstname, c.lastname FROM Customer c LEFT JOIN BoughtItem b ON b.customerid = c.id WHERE b.ordernumber IS NULL
