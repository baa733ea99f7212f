-- expect: pass
-- engines: sqlite
SELECT strftime('%G-W%V', opened_on), date(opened_on, '+1 day', 'weekday 1', '-7 days') AS week_start, COUNT(*)
FROM tickets
GROUP BY 1, 2
ORDER BY week_start
