SELECT COALESCE(json_extract(payload, '$.currency'), 'USD') AS currency,
       COUNT(*) AS purchases,
       ROUND(SUM(json_extract(payload, '$.amount')), 2) AS revenue
FROM raw_events
WHERE json_extract(payload, '$.type') = 'purchase'
GROUP BY 1
