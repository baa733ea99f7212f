-- Per plan and country ('unknown' for NULL): plan, country, accounts, country_rank (dense, most accounts first); any order.
SELECT
FROM accounts
