-- expect: fail
-- engines: sqlite
-- Every account is in every denominator, even when its day N is after the end of the data.
WITH horizons(day_n) AS (VALUES (1), (7), (30), (90), (120)),
last_seen AS (
  SELECT a.account_id, MAX(julianday(u.activity_date) - julianday(a.signup_date)) AS last_day
  FROM accounts AS a LEFT JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id
)
SELECT h.day_n, COUNT(*), SUM(CASE WHEN l.last_day >= h.day_n THEN 1 ELSE 0 END),
       ROUND(1.0 * SUM(CASE WHEN l.last_day >= h.day_n THEN 1 ELSE 0 END) / COUNT(*), 4)
FROM horizons AS h CROSS JOIN last_seen AS l
GROUP BY h.day_n ORDER BY h.day_n
