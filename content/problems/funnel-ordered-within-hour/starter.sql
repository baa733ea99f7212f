-- Ordered three-step funnel within 60 minutes of each user's first view, per country.
-- Columns: country, viewers, carted, purchased, conversion (4 decimals); any order.
SELECT
FROM users
