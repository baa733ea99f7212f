SELECT COALESCE(json_extract_string(payload, '$.currency'), 'USD') AS currency,
       COUNT(*) AS purchases,
       ROUND(SUM(CAST(json_extract(payload, '$.amount') AS DOUBLE)), 2) AS revenue
FROM raw_events
WHERE json_extract_string(payload, '$.type') = 'purchase'
GROUP BY 1
