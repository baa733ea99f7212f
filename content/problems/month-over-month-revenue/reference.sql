WITH monthly AS (
  SELECT d.year, d.month, SUM(f.amount) AS revenue
  FROM fact_orders AS f
  JOIN dim_date AS d ON d.date_key = f.date_key
  GROUP BY d.year, d.month
)
SELECT year, month, revenue,
       LAG(revenue) OVER (ORDER BY year, month) AS previous_revenue,
       100.0 * (revenue - LAG(revenue) OVER (ORDER BY year, month)) / LAG(revenue) OVER (ORDER BY year, month) AS growth_pct
FROM monthly
ORDER BY year, month
