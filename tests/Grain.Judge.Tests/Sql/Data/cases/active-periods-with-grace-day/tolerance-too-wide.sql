-- expect: fail
-- engines: sqlite
-- A gap of 3 days (two missed days) must split the period.
WITH days AS (SELECT DISTINCT account_id, activity_date FROM activity),
f AS (
  SELECT account_id, activity_date,
         CASE WHEN julianday(activity_date) - julianday(LAG(activity_date) OVER (PARTITION BY account_id ORDER BY activity_date)) <= 3 THEN 0 ELSE 1 END AS s
  FROM days),
n AS (SELECT account_id, activity_date, SUM(s) OVER (PARTITION BY account_id ORDER BY activity_date) AS g FROM f)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(*) FROM n GROUP BY account_id, g
