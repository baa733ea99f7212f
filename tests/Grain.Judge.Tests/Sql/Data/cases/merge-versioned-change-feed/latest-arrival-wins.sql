-- expect: fail
-- engines: sqlite postgres duckdb
-- The last event ingested wins, so a late, older version overwrites a newer one.
WITH last_event AS (
  SELECT product_id, op, name, price, version,
         ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY ingested_at DESC, event_id DESC) AS rn
  FROM product_events
)
SELECT p.product_id, p.name, p.price, p.version
FROM products AS p
WHERE NOT EXISTS (SELECT 1 FROM product_events AS e WHERE e.product_id = p.product_id)
UNION ALL
SELECT product_id, name, price, version FROM last_event WHERE rn = 1 AND op = 'upsert'
