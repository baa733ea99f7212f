-- Revenue credited per channel under first-touch, last-touch and linear attribution.
-- Columns: channel, first_touch, last_touch, linear; ordered by channel.
SELECT
FROM conversions
