-- expect: fail
-- engines: sqlite
-- ROWS frame: transactions at the same instant get different balances.
SELECT txn_id,
       SUM(amount) OVER (PARTITION BY wallet_id ORDER BY posted_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance_after
FROM wallet_txns
