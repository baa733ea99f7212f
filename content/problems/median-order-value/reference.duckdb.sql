WITH orders AS (
  SELECT c.region, f.order_id, SUM(f.amount) AS order_value
  FROM fact_orders AS f
  JOIN dim_customer AS c ON c.customer_key = f.customer_key
  GROUP BY c.region, f.order_id
)
SELECT region, median(order_value) AS median_order_value
FROM orders
GROUP BY region
