-- Revenue per year and segment, using the segment each customer had on the order date.
-- Columns: year, segment, revenue; any order.
SELECT
FROM fact_orders
