SELECT COALESCE(payload::jsonb ->> 'currency', 'USD') AS currency,
       COUNT(*) AS purchases,
       SUM((payload::jsonb ->> 'amount')::numeric) AS revenue
FROM raw_events
WHERE payload::jsonb ->> 'type' = 'purchase'
GROUP BY 1
