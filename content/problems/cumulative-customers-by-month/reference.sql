WITH customer_months AS (
  SELECT DISTINCT f.customer_key, d.year, d.month
  FROM fact_orders AS f
  JOIN dim_date AS d ON d.date_key = f.date_key
),
firsts AS (
  SELECT customer_key, year, month,
         ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY year, month) AS nth
  FROM customer_months
),
monthly AS (
  SELECT year, month,
         COUNT(*) AS active_customers,
         SUM(CASE WHEN nth = 1 THEN 1 ELSE 0 END) AS new_customers
  FROM firsts
  GROUP BY year, month
)
SELECT year, month, active_customers, new_customers,
       SUM(new_customers) OVER (ORDER BY year, month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_customers
FROM monthly
ORDER BY year, month
