-- Quartiles of accounts by total sessions (NTILE(4), heaviest first, ties by account_id).
-- Columns: quartile, accounts, min_total, max_total, session_share; ordered by quartile.
SELECT
FROM accounts
LEFT JOIN activity ON activity.account_id = accounts.account_id
