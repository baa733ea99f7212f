-- Customers with no purchase at all. Columns: id, firstname, lastname (any order).
SELECT c.id, c.firstname, c.lastname
FROM Customer AS c
