-- expect: fail
-- engines: sqlite
-- Accounts taken from activity: those who never used the app that week are missing.
WITH RECURSIVE days(day) AS (
  SELECT '2024-03-01' UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < '2024-03-07'
),
who AS (SELECT DISTINCT account_id FROM activity)
SELECT w.account_id, d.day,
       CASE WHEN EXISTS (SELECT 1 FROM activity AS x WHERE x.account_id = w.account_id AND x.activity_date = d.day) THEN 1 ELSE 0 END
FROM who AS w CROSS JOIN days AS d
