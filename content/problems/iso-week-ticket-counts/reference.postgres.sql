SELECT to_char(opened_on, 'IYYY-"W"IW') AS iso_week,
       CAST(date_trunc('week', opened_on) AS date) AS week_start,
       COUNT(*) AS tickets
FROM tickets
GROUP BY 1, 2
ORDER BY week_start
