-- expect: fail
-- engines: sqlite
-- Purchases before assignment count as conversions.
WITH u AS (
  SELECT a.experiment, a.variant,
         CASE WHEN EXISTS (SELECT 1 FROM conversions AS c WHERE c.user_id = a.user_id) THEN 1 ELSE 0 END AS conv
  FROM assignments AS a),
g AS (
  SELECT experiment,
         SUM(variant = 'control') AS c, SUM(variant = 'treatment') AS t,
         SUM(CASE WHEN variant = 'control' THEN conv ELSE 0 END) AS cc,
         SUM(CASE WHEN variant = 'treatment' THEN conv ELSE 0 END) AS tc
  FROM u GROUP BY experiment),
r AS (
  SELECT experiment, c, t, 1.0 * (c - t) * (c - t) / (c + t) AS chi,
         1.0 * cc / NULLIF(c, 0) AS cr, 1.0 * tc / NULLIF(t, 0) AS tr
  FROM g)
SELECT experiment, c, t, chi, CASE WHEN chi > 10.83 THEN 1 ELSE 0 END, cr, tr, tr / NULLIF(cr, 0) - 1
FROM r
