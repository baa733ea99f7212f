SELECT COALESCE(country, 'unknown') AS country,
       SUM(CASE WHEN plan = 'free' THEN 1 ELSE 0 END) AS free,
       SUM(CASE WHEN plan = 'pro' THEN 1 ELSE 0 END) AS pro,
       SUM(CASE WHEN plan = 'team' THEN 1 ELSE 0 END) AS team,
       COUNT(*) AS total
FROM accounts
GROUP BY COALESCE(country, 'unknown')
