SELECT c.id, c.firstname, c.lastname
FROM Customer AS c
WHERE NOT EXISTS (SELECT 1 FROM BoughtItem AS b WHERE b.customerid = c.id)
