-- Total paid per customer, every customer included (0 when they never bought).
-- Columns: id, firstname, total (any order).
SELECT
FROM Customer
