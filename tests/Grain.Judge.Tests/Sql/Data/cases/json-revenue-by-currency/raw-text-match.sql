-- expect: fail
-- engines: sqlite
-- Matching the raw text misses payloads written with a space after the colon.
SELECT COALESCE(json_extract(payload, '$.currency'), 'USD'), COUNT(*), SUM(json_extract(payload, '$.amount'))
FROM raw_events
WHERE payload LIKE '%"type":"purchase"%'
GROUP BY 1
