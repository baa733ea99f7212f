-- expect: fail
-- engines: sqlite
-- The chi-square divides integers: 1 / 5 becomes 0.
WITH arms AS (
  SELECT a.experiment,
         SUM(variant = 'control') AS c, SUM(variant = 'treatment') AS t,
         SUM(variant = 'control' AND EXISTS (SELECT 1 FROM conversions x WHERE x.user_id = a.user_id AND x.converted_at >= a.assigned_at)) AS cc,
         SUM(variant = 'treatment' AND EXISTS (SELECT 1 FROM conversions x WHERE x.user_id = a.user_id AND x.converted_at >= a.assigned_at)) AS tc
  FROM assignments AS a GROUP BY a.experiment
)
SELECT experiment, c, t, (c - t) * (c - t) / (c + t), CASE WHEN (c - t) * (c - t) / (c + t) > 10.83 THEN 1 ELSE 0 END,
       1.0 * cc / NULLIF(c, 0), 1.0 * tc / NULLIF(t, 0), (1.0 * tc / NULLIF(t, 0)) / NULLIF(1.0 * cc / NULLIF(c, 0), 0) - 1
FROM arms
