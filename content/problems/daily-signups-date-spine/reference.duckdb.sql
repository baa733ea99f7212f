WITH RECURSIVE days(day) AS (
  SELECT MIN(signup_date) FROM users
  UNION ALL
  SELECT day + 1 FROM days WHERE day < (SELECT MAX(signup_date) FROM users)
),
counts AS (
  SELECT signup_date, COUNT(*) AS signups FROM users GROUP BY signup_date
)
SELECT d.day, COALESCE(c.signups, 0) AS signups
FROM days AS d
LEFT JOIN counts AS c ON c.signup_date = d.day
ORDER BY d.day
