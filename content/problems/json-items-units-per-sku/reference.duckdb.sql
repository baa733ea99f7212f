SELECT json_extract_string(item.value, '$.sku') AS sku,
       SUM(COALESCE(CAST(json_extract(item.value, '$.qty') AS INTEGER), 1)) AS units,
       COUNT(DISTINCT e.event_id) AS purchases
FROM raw_events AS e,
     json_each(e.payload, '$.items') AS item
WHERE json_extract_string(e.payload, '$.type') = 'purchase'
GROUP BY 1
