-- expect: fail
-- engines: sqlite
-- The accounts come from activity, so an account that never used the app has no rows.
WITH RECURSIVE days(day) AS (
  SELECT '2024-03-01' UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < '2024-03-07'
),
accts AS (SELECT DISTINCT account_id FROM activity)
SELECT a.account_id, d.day,
       CASE WHEN EXISTS (SELECT 1 FROM activity AS x WHERE x.account_id = a.account_id AND x.activity_date = d.day) THEN 1 ELSE 0 END
FROM accts AS a CROSS JOIN days AS d
