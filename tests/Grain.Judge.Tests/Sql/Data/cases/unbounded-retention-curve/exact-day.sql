-- expect: fail
-- engines: sqlite
-- Classic N-day retention (active on exactly day N) instead of on-or-after.
WITH horizons(day_n) AS (VALUES (1), (7), (30), (90), (120))
SELECT h.day_n, COUNT(a.account_id),
       SUM(CASE WHEN EXISTS (SELECT 1 FROM activity AS u WHERE u.account_id = a.account_id
                             AND julianday(u.activity_date) - julianday(a.signup_date) = h.day_n) THEN 1 ELSE 0 END),
       ROUND(1.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM activity AS u WHERE u.account_id = a.account_id
                             AND julianday(u.activity_date) - julianday(a.signup_date) = h.day_n) THEN 1 ELSE 0 END)
             / COUNT(a.account_id), 4)
FROM horizons AS h
JOIN accounts AS a ON julianday('2024-06-30') - julianday(a.signup_date) >= h.day_n
GROUP BY h.day_n ORDER BY h.day_n
