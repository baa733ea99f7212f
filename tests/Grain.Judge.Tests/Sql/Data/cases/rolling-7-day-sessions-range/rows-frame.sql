-- expect: fail
-- ROWS counts the previous 6 active days, not 6 calendar days.
WITH daily AS (
  SELECT account_id, activity_date, SUM(sessions) AS s FROM activity GROUP BY account_id, activity_date
)
SELECT account_id, activity_date, s,
       SUM(s) OVER (PARTITION BY account_id ORDER BY activity_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
FROM daily
