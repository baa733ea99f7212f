SELECT strftime(opened_on, '%G-W%V') AS iso_week,
       CAST(date_trunc('week', opened_on) AS DATE) AS week_start,
       COUNT(*) AS tickets
FROM tickets
GROUP BY 1, 2
ORDER BY week_start
