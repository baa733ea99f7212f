-- expect: fail
-- engines: sqlite postgres duckdb
-- Any event beats the table row, even a replay of an older version.
WITH best_event AS (
  SELECT product_id, op, name, price, version,
         ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY version DESC, ingested_at DESC, event_id DESC) AS rn
  FROM product_events
)
SELECT p.product_id, p.name, p.price, p.version
FROM products AS p
WHERE NOT EXISTS (SELECT 1 FROM product_events AS e WHERE e.product_id = p.product_id)
UNION ALL
SELECT product_id, name, price, version FROM best_event WHERE rn = 1 AND op = 'upsert'
