-- expect: fail
-- engines: postgres
-- An item without qty is one unit, not zero.
SELECT item ->> 'sku', SUM((item ->> 'qty')::integer), COUNT(DISTINCT e.event_id)
FROM raw_events AS e
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(e.payload::jsonb -> 'items', '[]'::jsonb)) AS item
WHERE e.payload::jsonb ->> 'type' = 'purchase'
GROUP BY 1
