-- expect: pass
-- engines: postgres
WITH daily AS (
  SELECT account_id, activity_date, SUM(sessions) AS s FROM activity GROUP BY account_id, activity_date
)
SELECT a.account_id, a.activity_date, a.s, SUM(b.s)
FROM daily AS a
JOIN daily AS b ON b.account_id = a.account_id AND b.activity_date BETWEEN a.activity_date - 6 AND a.activity_date
GROUP BY a.account_id, a.activity_date, a.s
