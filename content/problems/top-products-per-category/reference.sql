WITH revenue AS (
  SELECT p.category, p.product_key, SUM(f.amount) AS revenue
  FROM fact_orders AS f
  JOIN dim_product AS p ON p.product_key = f.product_key
  GROUP BY p.category, p.product_key
),
ranked AS (
  SELECT category, product_key, revenue, RANK() OVER (PARTITION BY category ORDER BY revenue DESC) AS rnk
  FROM revenue
)
SELECT category, product_key, revenue, rnk FROM ranked WHERE rnk <= 3
