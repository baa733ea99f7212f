-- expect: fail
-- engines: sqlite
-- Pairing a control row with a treatment row drops experiments with an empty arm.
WITH arm AS (
  SELECT a.experiment, a.variant, COUNT(*) AS n,
         1.0 * SUM(EXISTS (SELECT 1 FROM conversions x WHERE x.user_id = a.user_id AND x.converted_at >= a.assigned_at)) / COUNT(*) AS rate
  FROM assignments AS a GROUP BY a.experiment, a.variant
)
SELECT c.experiment, c.n, t.n, 1.0 * (c.n - t.n) * (c.n - t.n) / (c.n + t.n),
       CASE WHEN 1.0 * (c.n - t.n) * (c.n - t.n) / (c.n + t.n) > 10.83 THEN 1 ELSE 0 END,
       c.rate, t.rate, t.rate / NULLIF(c.rate, 0) - 1
FROM arm AS c JOIN arm AS t ON t.experiment = c.experiment AND t.variant = 'treatment'
WHERE c.variant = 'control'
