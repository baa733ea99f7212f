WITH orders AS (
  SELECT order_id, customer_key, SUM(amount) AS order_total
  FROM fact_orders
  GROUP BY order_id, customer_key
),
compared AS (
  SELECT customer_key, order_id, order_total,
         AVG(order_total) OVER (PARTITION BY customer_key) AS customer_average
  FROM orders
)
SELECT customer_key, order_id, order_total, customer_average
FROM compared
WHERE order_total > customer_average
