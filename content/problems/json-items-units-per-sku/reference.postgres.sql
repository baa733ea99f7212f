SELECT item ->> 'sku' AS sku,
       SUM(COALESCE((item ->> 'qty')::integer, 1)) AS units,
       COUNT(DISTINCT e.event_id) AS purchases
FROM raw_events AS e
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(e.payload::jsonb -> 'items', '[]'::jsonb)) AS item
WHERE e.payload::jsonb ->> 'type' = 'purchase'
GROUP BY 1
