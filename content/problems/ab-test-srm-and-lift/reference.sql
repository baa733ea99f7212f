WITH per_user AS (
  SELECT a.experiment, a.variant,
         CASE WHEN EXISTS (
           SELECT 1 FROM conversions AS c
           WHERE c.user_id = a.user_id AND c.converted_at >= a.assigned_at
         ) THEN 1 ELSE 0 END AS converted
  FROM assignments AS a
),
arms AS (
  SELECT experiment,
         SUM(CASE WHEN variant = 'control' THEN 1 ELSE 0 END) AS control_users,
         SUM(CASE WHEN variant = 'treatment' THEN 1 ELSE 0 END) AS treatment_users,
         SUM(CASE WHEN variant = 'control' THEN converted ELSE 0 END) AS control_converters,
         SUM(CASE WHEN variant = 'treatment' THEN converted ELSE 0 END) AS treatment_converters
  FROM per_user
  GROUP BY experiment
),
rates AS (
  SELECT experiment, control_users, treatment_users,
         1.0 * (control_users - treatment_users) * (control_users - treatment_users)
           / (control_users + treatment_users) AS srm_chi_square,
         1.0 * control_converters / NULLIF(control_users, 0) AS control_rate,
         1.0 * treatment_converters / NULLIF(treatment_users, 0) AS treatment_rate
  FROM arms
)
SELECT experiment, control_users, treatment_users, srm_chi_square,
       CASE WHEN srm_chi_square > 10.83 THEN 1 ELSE 0 END AS srm,
       control_rate, treatment_rate,
       treatment_rate / NULLIF(control_rate, 0) - 1 AS relative_lift
FROM rates
