WITH weeks(week_no, from_day, to_day) AS (
  VALUES (1, 0, 7), (2, 7, 14)
),
converted AS (
  SELECT a.user_id, w.week_no
  FROM assignments AS a
  CROSS JOIN weeks AS w
  WHERE EXISTS (
    SELECT 1 FROM conversions AS c
    WHERE c.user_id = a.user_id
      AND c.converted_at >= datetime(a.assigned_at, '+' || w.from_day || ' days')
      AND c.converted_at < datetime(a.assigned_at, '+' || w.to_day || ' days')
  )
),
rates AS (
  SELECT a.experiment, w.week_no,
         1.0 * COUNT(CASE WHEN a.variant = 'control' THEN k.user_id END)
             / NULLIF(COUNT(CASE WHEN a.variant = 'control' THEN 1 END), 0) AS control_rate,
         1.0 * COUNT(CASE WHEN a.variant = 'treatment' THEN k.user_id END)
             / NULLIF(COUNT(CASE WHEN a.variant = 'treatment' THEN 1 END), 0) AS treatment_rate
  FROM assignments AS a
  CROSS JOIN weeks AS w
  LEFT JOIN converted AS k ON k.user_id = a.user_id AND k.week_no = w.week_no
  GROUP BY a.experiment, w.week_no
)
SELECT experiment, week_no,
       ROUND(control_rate, 4) AS control_rate,
       ROUND(treatment_rate, 4) AS treatment_rate,
       ROUND(treatment_rate / NULLIF(control_rate, 0) - 1, 4) AS lift
FROM rates
ORDER BY experiment, week_no
