-- Every account x every day 2024-03-01..2024-03-07 with active = 1 if any activity row that day, else 0.
-- Columns: account_id, day, active; any order.
SELECT
FROM accounts
