-- expect: fail
-- The time condition in WHERE drops non-buyers, so the denominators become buyers.
SELECT a.experiment, a.variant, COUNT(DISTINCT a.user_id), COUNT(DISTINCT c.user_id),
       1.0 * COUNT(DISTINCT c.user_id) / COUNT(DISTINCT a.user_id),
       1.0 * COALESCE(SUM(c.revenue), 0) / COUNT(DISTINCT a.user_id)
FROM assignments AS a
LEFT JOIN conversions AS c ON c.user_id = a.user_id
WHERE c.converted_at >= a.assigned_at
GROUP BY a.experiment, a.variant
