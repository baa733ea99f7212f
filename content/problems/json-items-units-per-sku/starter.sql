-- Units sold and purchases per SKU, from the items array of purchase payloads.
-- Columns: sku, units, purchases; any order.
SELECT
FROM raw_events
