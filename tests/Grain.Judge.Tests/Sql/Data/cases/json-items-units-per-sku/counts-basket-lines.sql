-- expect: fail
-- engines: sqlite
-- COUNT(*) counts basket lines: a SKU listed twice in one basket counts as two purchases (hidden data only).
SELECT json_extract(item.value, '$.sku'), SUM(COALESCE(json_extract(item.value, '$.qty'), 1)), COUNT(*)
FROM raw_events AS e, json_each(e.payload, '$.items') AS item
WHERE json_extract(e.payload, '$.type') = 'purchase'
GROUP BY 1
