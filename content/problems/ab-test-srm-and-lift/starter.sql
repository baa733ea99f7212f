-- Per experiment: control_users, treatment_users, srm_chi_square, srm (1/0),
-- control_rate, treatment_rate, relative_lift (NULL when it cannot be computed); any order.
SELECT
FROM assignments
