SELECT i.title, AVG(b.price) AS average
FROM BoughtItem AS b
JOIN Item AS i ON i.id = b.itemid
GROUP BY i.id, i.title
