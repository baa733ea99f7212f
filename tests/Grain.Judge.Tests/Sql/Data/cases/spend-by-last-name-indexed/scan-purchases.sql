-- expect: fail
-- message: scans all of BoughtItem
-- engines: sqlite
SELECT b.customerid, SUM(b.price) FROM BoughtItem b
WHERE (SELECT lastname FROM Customer WHERE id = b.customerid) = 'Quinn'
GROUP BY b.customerid
