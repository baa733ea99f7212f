-- expect: fail
-- engines: postgres
-- Purchases made before assignment are counted.
SELECT a.experiment, a.variant, COUNT(DISTINCT a.user_id), COUNT(DISTINCT c.user_id),
       COUNT(DISTINCT c.user_id)::numeric / COUNT(DISTINCT a.user_id),
       COALESCE(SUM(c.revenue), 0) / COUNT(DISTINCT a.user_id)
FROM assignments AS a
LEFT JOIN conversions AS c ON c.user_id = a.user_id
GROUP BY a.experiment, a.variant
