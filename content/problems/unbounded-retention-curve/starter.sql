-- Unbounded retention: for day N in 1, 7, 30, 90, 120, the share of eligible accounts active on day N or later.
-- Columns: day_n, eligible_accounts, retained_accounts, retention_rate (4 decimals); ordered by day_n.
SELECT
FROM accounts
