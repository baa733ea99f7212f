SELECT d.full_date,
       SUM(f.amount) AS revenue,
       SUM(SUM(f.amount)) OVER (ORDER BY d.full_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
WHERE d.year = 2023
GROUP BY d.full_date
ORDER BY d.full_date
