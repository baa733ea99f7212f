-- Accounts that never referred anyone. Column: account_id; any order.
SELECT account_id
FROM accounts
