-- expect: pass
-- engines: postgres
-- Totals per instant, a ROWS running sum over instants, joined back to the transactions.
WITH instants AS (
  SELECT wallet_id, posted_at, SUM(amount) AS amount FROM wallet_txns GROUP BY wallet_id, posted_at
),
running AS (
  SELECT wallet_id, posted_at,
         SUM(amount) OVER (PARTITION BY wallet_id ORDER BY posted_at ROWS UNBOUNDED PRECEDING) AS balance
  FROM instants
)
SELECT t.txn_id, r.balance AS balance_after
FROM wallet_txns AS t JOIN running AS r ON r.wallet_id = t.wallet_id AND r.posted_at = t.posted_at
