-- expect: fail
-- engines: postgres
-- Dates taken from first days only: days on which nobody was new disappear.
WITH firsts AS (SELECT account_id, MIN(activity_date) AS d FROM activity GROUP BY account_id),
daily AS (SELECT activity_date, COUNT(DISTINCT account_id) AS n FROM activity GROUP BY activity_date)
SELECT f.d, MAX(daily.n), SUM(COUNT(*)) OVER (ORDER BY f.d)
FROM firsts AS f JOIN daily ON daily.activity_date = f.d
GROUP BY f.d
