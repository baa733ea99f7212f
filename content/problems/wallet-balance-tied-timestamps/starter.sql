-- Each transaction with its wallet's balance after everything posted up to and including its instant.
-- Columns: txn_id, balance_after; any order.
SELECT
FROM wallet_txns
