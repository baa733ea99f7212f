SELECT p.category,
       SUM(CASE WHEN d.quarter = 1 THEN f.amount ELSE 0 END) AS q1,
       SUM(CASE WHEN d.quarter = 2 THEN f.amount ELSE 0 END) AS q2,
       SUM(CASE WHEN d.quarter = 3 THEN f.amount ELSE 0 END) AS q3,
       SUM(CASE WHEN d.quarter = 4 THEN f.amount ELSE 0 END) AS q4
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
JOIN dim_product AS p ON p.product_key = f.product_key
WHERE d.year = 2023
GROUP BY p.category
