-- expect: fail
-- engines: sqlite
-- A LEFT JOIN from yesterday's snapshot drops accounts opened today.
SELECT y.account_id, y.balance + COALESCE(SUM(t.amount), 0), y.txn_count + COUNT(t.txn_id),
       CASE WHEN COUNT(t.txn_id) > 0 THEN '2024-07-02' ELSE y.last_txn_on END
FROM accounts_yesterday AS y
LEFT JOIN txns_today AS t ON t.account_id = y.account_id
GROUP BY y.account_id, y.balance, y.txn_count, y.last_txn_on
