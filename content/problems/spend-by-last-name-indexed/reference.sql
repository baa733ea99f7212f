SELECT c.id, SUM(b.price) AS total
FROM Customer AS c
JOIN BoughtItem AS b ON b.customerid = c.id
WHERE c.lastname = 'Quinn'
GROUP BY c.id
