-- expect: fail
-- engines: sqlite
-- Only an upper bound: purchases before the assignment count, and week 2 becomes cumulative.
WITH weeks(week_no, to_day) AS (VALUES (1, 7), (2, 14)),
converted AS (
  SELECT a.user_id, w.week_no FROM assignments AS a CROSS JOIN weeks AS w
  WHERE EXISTS (SELECT 1 FROM conversions AS c WHERE c.user_id = a.user_id
                AND c.converted_at < datetime(a.assigned_at, '+' || w.to_day || ' days'))
),
rates AS (
  SELECT a.experiment, w.week_no,
         1.0 * COUNT(CASE WHEN a.variant = 'control' THEN k.user_id END) / NULLIF(COUNT(CASE WHEN a.variant = 'control' THEN 1 END), 0) AS cr,
         1.0 * COUNT(CASE WHEN a.variant = 'treatment' THEN k.user_id END) / NULLIF(COUNT(CASE WHEN a.variant = 'treatment' THEN 1 END), 0) AS tr
  FROM assignments AS a CROSS JOIN weeks AS w
  LEFT JOIN converted AS k ON k.user_id = a.user_id AND k.week_no = w.week_no
  GROUP BY a.experiment, w.week_no
)
SELECT experiment, week_no, cr, tr, tr / NULLIF(cr, 0) - 1 FROM rates ORDER BY experiment, week_no
