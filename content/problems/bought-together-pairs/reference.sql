WITH order_products AS (
  SELECT DISTINCT order_id, product_key FROM fact_orders
)
SELECT a.product_key AS product_a, b.product_key AS product_b, COUNT(*) AS orders_together
FROM order_products AS a
JOIN order_products AS b
  ON b.order_id = a.order_id AND b.product_key > a.product_key
GROUP BY a.product_key, b.product_key
HAVING COUNT(*) >= 2
