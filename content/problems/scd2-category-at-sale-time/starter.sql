-- Each sale with the category and qty * list_price of the product version in force at sold_at.
-- Columns: sale_id, category, revenue; any order.
SELECT
FROM sales
