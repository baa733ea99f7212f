-- expect: fail
-- engines: sqlite
-- %Y with %V labels 30 December 2024 as 2024-W01.
SELECT strftime('%Y-W%V', opened_on) AS iso_week,
       date(opened_on, '-' || ((CAST(strftime('%w', opened_on) AS INTEGER) + 6) % 7) || ' days') AS week_start,
       COUNT(*)
FROM tickets
GROUP BY 1, 2
ORDER BY week_start
