-- expect: fail
-- engines: sqlite
-- No calendar: days without activity are missing and LAG compares with the previous active day.
SELECT activity_date AS day, SUM(sessions) AS sessions,
       SUM(sessions) - LAG(SUM(sessions)) OVER (ORDER BY activity_date) AS change
FROM activity
GROUP BY activity_date
ORDER BY activity_date
