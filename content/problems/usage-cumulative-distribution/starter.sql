-- One row per distinct total sessions value: total, accounts, cume_share (share of accounts with a total <= it); ordered by total.
SELECT
FROM accounts
LEFT JOIN activity ON activity.account_id = accounts.account_id
