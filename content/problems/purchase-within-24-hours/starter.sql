-- Per country: signed-up users, users who bought within 24 hours of their first event, and the rate.
-- Columns: country, users, converted, conversion_rate; any order.
SELECT
FROM users
