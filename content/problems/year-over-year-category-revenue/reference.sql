WITH monthly AS (
  SELECT p.category, d.year, d.month, SUM(f.amount) AS revenue
  FROM fact_orders AS f
  JOIN dim_date AS d ON d.date_key = f.date_key
  JOIN dim_product AS p ON p.product_key = f.product_key
  GROUP BY p.category, d.year, d.month
)
SELECT cur.category, cur.year, cur.month, cur.revenue,
       prev.revenue AS last_year_revenue,
       100.0 * (cur.revenue - prev.revenue) / prev.revenue AS yoy_pct
FROM monthly AS cur
LEFT JOIN monthly AS prev
  ON prev.category = cur.category AND prev.year = cur.year - 1 AND prev.month = cur.month
