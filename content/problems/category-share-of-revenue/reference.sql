SELECT p.category,
       SUM(f.amount) AS revenue,
       100.0 * SUM(f.amount) / SUM(SUM(f.amount)) OVER () AS pct
FROM fact_orders AS f
JOIN dim_product AS p ON p.product_key = f.product_key
GROUP BY p.category
