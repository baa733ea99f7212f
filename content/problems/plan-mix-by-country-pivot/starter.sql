-- Accounts per country and plan, one row per country. Columns: country, free, pro, team, total; any order.
SELECT
FROM accounts
