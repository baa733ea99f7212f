WITH orders AS (
  SELECT c.region, f.order_id, SUM(f.amount) AS order_value
  FROM fact_orders AS f
  JOIN dim_customer AS c ON c.customer_key = f.customer_key
  GROUP BY c.region, f.order_id
),
ranked AS (
  SELECT region, order_value,
         ROW_NUMBER() OVER (PARTITION BY region ORDER BY order_value) AS position,
         COUNT(*) OVER (PARTITION BY region) AS n
  FROM orders
)
SELECT region, AVG(order_value) AS median_order_value
FROM ranked
WHERE position IN ((n + 1) / 2, (n + 2) / 2)
GROUP BY region
