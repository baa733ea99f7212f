WITH per_user AS (
  SELECT a.user_id, a.experiment, a.variant,
         COUNT(c.conversion_id) AS purchases,
         COALESCE(SUM(c.revenue), 0) AS revenue
  FROM assignments AS a
  LEFT JOIN conversions AS c
    ON c.user_id = a.user_id
   AND c.converted_at >= a.assigned_at
  GROUP BY a.user_id, a.experiment, a.variant
)
SELECT experiment, variant,
       COUNT(*) AS users,
       SUM(CASE WHEN purchases > 0 THEN 1 ELSE 0 END) AS converters,
       1.0 * SUM(CASE WHEN purchases > 0 THEN 1 ELSE 0 END) / COUNT(*) AS conversion_rate,
       1.0 * SUM(revenue) / COUNT(*) AS revenue_per_user
FROM per_user
GROUP BY experiment, variant
