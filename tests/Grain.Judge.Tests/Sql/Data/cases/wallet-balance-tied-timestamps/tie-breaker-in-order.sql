-- expect: fail
-- engines: duckdb
-- txn_id added to the ORDER BY: the RANGE frame no longer has peers, ties are split.
SELECT txn_id,
       SUM(amount) OVER (PARTITION BY wallet_id ORDER BY posted_at, txn_id) AS balance_after
FROM wallet_txns
