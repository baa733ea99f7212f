-- expect: fail
-- engines: postgres
-- Counts raw rows, so a day logged twice is two daily actives.
SELECT to_char(date_trunc('month', activity_date), 'YYYY-MM') AS month,
       COUNT(DISTINCT account_id) AS mau,
       ROUND(COUNT(*)::numeric / EXTRACT(DAY FROM date_trunc('month', activity_date) + interval '1 month' - interval '1 day'), 2),
       ROUND(COUNT(*)::numeric / EXTRACT(DAY FROM date_trunc('month', activity_date) + interval '1 month' - interval '1 day') / COUNT(DISTINCT account_id), 4)
FROM activity
GROUP BY date_trunc('month', activity_date)
ORDER BY 1
