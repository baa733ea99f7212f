SELECT json_extract(item.value, '$.sku') AS sku,
       SUM(COALESCE(json_extract(item.value, '$.qty'), 1)) AS units,
       COUNT(DISTINCT e.event_id) AS purchases
FROM raw_events AS e,
     json_each(e.payload, '$.items') AS item
WHERE json_extract(e.payload, '$.type') = 'purchase'
GROUP BY 1
