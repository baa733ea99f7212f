-- Every account with its third-highest distinct sessions value (NULL when fewer than three). Columns: account_id, third_highest; any order.
SELECT
FROM accounts
