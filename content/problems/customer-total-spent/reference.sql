SELECT c.id, c.firstname, COALESCE(SUM(b.price), 0) AS total
FROM Customer AS c
LEFT JOIN BoughtItem AS b ON b.customerid = c.id
GROUP BY c.id, c.firstname
