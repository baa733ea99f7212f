-- Conversion rate per arm and lift, for the first and second week after assignment.
-- Columns: experiment, week_no, control_rate, treatment_rate, lift (4 decimals); ordered by experiment, week_no.
SELECT
FROM assignments
