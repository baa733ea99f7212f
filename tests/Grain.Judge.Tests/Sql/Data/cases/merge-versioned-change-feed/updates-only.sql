-- expect: fail
-- engines: sqlite postgres duckdb
-- Starts from products: events for products the table has never seen are dropped.
WITH candidates AS (
  SELECT product_id, 'upsert' AS op, name, price, version, 1 AS from_table, NULL AS ingested_at, 0 AS event_id FROM products
  UNION ALL
  SELECT e.product_id, e.op, e.name, e.price, e.version, 0, e.ingested_at, e.event_id
  FROM product_events AS e JOIN products AS p ON p.product_id = e.product_id
),
ranked AS (
  SELECT product_id, op, name, price, version,
         ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY version DESC, from_table DESC, ingested_at DESC, event_id DESC) AS rn
  FROM candidates
)
SELECT product_id, name, price, version FROM ranked WHERE rn = 1 AND op = 'upsert'
