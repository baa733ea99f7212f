SELECT c.region, f.product_key, SUM(f.amount) AS revenue
FROM fact_orders AS f
JOIN dim_customer AS c ON c.customer_key = f.customer_key
GROUP BY c.region, f.product_key
QUALIFY ROW_NUMBER() OVER (PARTITION BY c.region ORDER BY SUM(f.amount) DESC, f.product_key) <= 2
