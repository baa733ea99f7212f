-- expect: fail
-- engines: sqlite
-- %W is not the ISO week.
SELECT strftime('%Y-W%W', opened_on) AS iso_week,
       date(opened_on, '-' || ((CAST(strftime('%w', opened_on) AS INTEGER) + 6) % 7) || ' days') AS week_start,
       COUNT(*)
FROM tickets
GROUP BY 1, 2
ORDER BY week_start
