-- expect: fail
-- engines: sqlite
-- Defaults only a missing currency key; an explicit "currency": null stays a NULL group.
SELECT CASE WHEN json_type(payload, '$.currency') IS NULL THEN 'USD' ELSE json_extract(payload, '$.currency') END,
       COUNT(*), SUM(json_extract(payload, '$.amount'))
FROM raw_events WHERE json_extract(payload, '$.type') = 'purchase' GROUP BY 1
