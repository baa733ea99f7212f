SELECT strftime('%G-W%V', opened_on) AS iso_week,
       date(opened_on, '-' || ((CAST(strftime('%w', opened_on) AS INTEGER) + 6) % 7) || ' days') AS week_start,
       COUNT(*) AS tickets
FROM tickets
GROUP BY iso_week, week_start
ORDER BY week_start
