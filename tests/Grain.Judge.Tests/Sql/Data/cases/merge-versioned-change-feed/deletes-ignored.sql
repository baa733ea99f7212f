-- expect: fail
-- engines: sqlite postgres duckdb
-- Ranks only upserts, so a product whose newest version is a delete comes back with its last upsert.
WITH candidates AS (
  SELECT product_id, name, price, version, 1 AS from_table, NULL AS ingested_at, 0 AS event_id
  FROM products
  UNION ALL
  SELECT product_id, name, price, version, 0, ingested_at, event_id
  FROM product_events
  WHERE op = 'upsert'
),
ranked AS (
  SELECT product_id, name, price, version,
         ROW_NUMBER() OVER (PARTITION BY product_id
                            ORDER BY version DESC, from_table DESC, ingested_at DESC, event_id DESC) AS rn
  FROM candidates
)
SELECT product_id, name, price, version FROM ranked WHERE rn = 1
