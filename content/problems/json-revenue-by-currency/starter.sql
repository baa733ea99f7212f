-- Purchases and revenue per currency from JSON payloads. Columns: currency, purchases, revenue; any order.
SELECT
FROM raw_events
