-- expect: fail
-- engines: sqlite
-- Counts purchases instead of buyers: a user who buys twice in a week counts twice.
WITH weeks(week_no, from_day, to_day) AS (VALUES (1, 0, 7), (2, 7, 14)),
hits AS (
  SELECT a.experiment, a.variant, w.week_no, c.conversion_id
  FROM assignments AS a CROSS JOIN weeks AS w
  LEFT JOIN conversions AS c ON c.user_id = a.user_id
   AND c.converted_at >= datetime(a.assigned_at, '+' || w.from_day || ' days')
   AND c.converted_at < datetime(a.assigned_at, '+' || w.to_day || ' days')
),
arms AS (SELECT experiment, variant, COUNT(*) AS users FROM assignments GROUP BY experiment, variant),
rates AS (
  SELECT h.experiment, h.week_no,
         1.0 * COUNT(CASE WHEN h.variant = 'control' THEN h.conversion_id END)
             / NULLIF((SELECT users FROM arms WHERE arms.experiment = h.experiment AND arms.variant = 'control'), 0) AS cr,
         1.0 * COUNT(CASE WHEN h.variant = 'treatment' THEN h.conversion_id END)
             / NULLIF((SELECT users FROM arms WHERE arms.experiment = h.experiment AND arms.variant = 'treatment'), 0) AS tr
  FROM hits AS h GROUP BY h.experiment, h.week_no
)
SELECT experiment, week_no, cr, tr, tr / NULLIF(cr, 0) - 1 FROM rates ORDER BY experiment, week_no
