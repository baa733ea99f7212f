-- expect: pass
-- engines: sqlite
SELECT COALESCE(payload ->> '$.currency', 'USD'), COUNT(*), SUM(payload ->> '$.amount')
FROM raw_events
WHERE payload ->> '$.type' = 'purchase'
GROUP BY 1
