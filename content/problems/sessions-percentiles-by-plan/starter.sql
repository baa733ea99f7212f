-- Per plan: accounts, p50 and p90 of total sessions per account (nearest rank); any order.
SELECT
FROM accounts
LEFT JOIN activity ON activity.account_id = accounts.account_id
