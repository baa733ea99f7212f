-- Per year, quarter and segment with at least two distinct orders: year, quarter, segment, revenue, orders.
SELECT
FROM fact_orders
GROUP BY ALL
