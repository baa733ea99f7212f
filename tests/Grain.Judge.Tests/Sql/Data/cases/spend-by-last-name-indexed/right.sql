-- expect: pass
-- engines: sqlite
SELECT c.id, SUM(b.price) FROM Customer c JOIN BoughtItem b ON b.customerid = c.id WHERE c.lastname = 'Quinn' GROUP BY c.id
