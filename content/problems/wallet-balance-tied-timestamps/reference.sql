SELECT txn_id,
       SUM(amount) OVER (
         PARTITION BY wallet_id ORDER BY posted_at
         RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS balance_after
FROM wallet_txns
