-- Signups per day for every day between the first and last signup, 0 when none.
-- Columns: day, signups (ORDER BY day).
WITH RECURSIVE days(day) AS (
  SELECT MIN(signup_date) FROM users
)
SELECT
