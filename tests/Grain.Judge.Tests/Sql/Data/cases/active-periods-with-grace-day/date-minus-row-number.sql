-- expect: fail
-- engines: sqlite
-- The date minus row_number trick only joins strictly consecutive days: a missed day splits the period.
WITH days AS (SELECT DISTINCT account_id, activity_date FROM activity),
g AS (
  SELECT account_id, activity_date,
         julianday(activity_date) - ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY activity_date) AS grp
  FROM days
)
SELECT account_id, MIN(activity_date), MAX(activity_date), COUNT(*)
FROM g GROUP BY account_id, grp
