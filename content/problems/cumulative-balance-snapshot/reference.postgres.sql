WITH today AS (
  SELECT account_id, SUM(amount) AS amount, COUNT(*) AS txns
  FROM txns_today
  GROUP BY account_id
)
SELECT COALESCE(y.account_id, t.account_id) AS account_id,
       COALESCE(y.balance, 0) + COALESCE(t.amount, 0) AS balance,
       COALESCE(y.txn_count, 0) + COALESCE(t.txns, 0) AS txn_count,
       CASE WHEN t.account_id IS NOT NULL THEN DATE '2024-07-02' ELSE y.last_txn_on END AS last_txn_on
FROM today AS t
FULL OUTER JOIN accounts_yesterday AS y ON y.account_id = t.account_id
