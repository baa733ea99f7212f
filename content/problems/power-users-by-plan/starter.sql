-- Power users (at least 5 distinct active days) per plan.
-- Columns: plan, accounts, power_users, power_share (4 decimals); ordered by plan.
SELECT
FROM accounts
