-- expect: fail
-- engines: sqlite
-- Integer division: every conversion rate below 1 becomes 0.
WITH per_user AS (
  SELECT a.user_id, a.experiment, a.variant, COUNT(c.conversion_id) AS purchases, COALESCE(SUM(c.revenue), 0) AS revenue
  FROM assignments AS a
  LEFT JOIN conversions AS c ON c.user_id = a.user_id AND c.converted_at >= a.assigned_at
  GROUP BY a.user_id, a.experiment, a.variant
)
SELECT experiment, variant, COUNT(*), SUM(purchases > 0), SUM(purchases > 0) / COUNT(*), SUM(revenue) / COUNT(*)
FROM per_user GROUP BY experiment, variant
