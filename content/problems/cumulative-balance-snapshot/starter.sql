-- Today's (2024-07-02) snapshot: account_id, balance, txn_count, last_txn_on; one row per account, any order.
SELECT
FROM accounts_yesterday
