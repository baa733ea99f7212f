-- Distinct users at each funnel step per country, and buyers / viewers.
-- Columns: country, viewers, carters, buyers, conversion (any order).
SELECT
FROM users AS u
JOIN events AS e ON e.user_id = u.user_id
