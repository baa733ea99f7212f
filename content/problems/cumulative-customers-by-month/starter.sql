-- Per month: customers who ordered, customers ordering for the first time, and distinct customers so far.
-- Columns: year, month, active_customers, new_customers, cumulative_customers; order by year, month.
SELECT
FROM fact_orders
