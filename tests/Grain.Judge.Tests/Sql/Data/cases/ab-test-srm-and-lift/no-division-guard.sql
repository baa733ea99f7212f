-- expect: fail
-- engines: postgres
-- verdict: RTE
-- Without NULLIF, PostgreSQL raises division by zero for an empty arm.
WITH arms AS (
  SELECT a.experiment,
         COUNT(*) FILTER (WHERE variant = 'control') AS c,
         COUNT(*) FILTER (WHERE variant = 'treatment') AS t,
         COUNT(*) FILTER (WHERE variant = 'control' AND EXISTS (SELECT 1 FROM conversions x WHERE x.user_id = a.user_id AND x.converted_at >= a.assigned_at)) AS cc,
         COUNT(*) FILTER (WHERE variant = 'treatment' AND EXISTS (SELECT 1 FROM conversions x WHERE x.user_id = a.user_id AND x.converted_at >= a.assigned_at)) AS tc
  FROM assignments AS a GROUP BY a.experiment
)
SELECT experiment, c, t, (c - t)^2::numeric / (c + t), CASE WHEN (c - t)^2::numeric / (c + t) > 10.83 THEN 1 ELSE 0 END,
       cc::numeric / c, tc::numeric / t, (tc::numeric / t) / (cc::numeric / c) - 1
FROM arms
