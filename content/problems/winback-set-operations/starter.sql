-- Accounts active in January 2024 and in March 2024, but not in May 2024. Column: account_id; any order.
SELECT account_id
FROM activity
